using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite;

/// <summary>An identifier an account used; <see cref="CappedSharing"/> stops at <see cref="PreparedReads.SharingCap"/>.</summary>
internal sealed record LiveIdentifier(long Id, IdentifierKind Kind, string Value, long FirstSeenMs, long LastSeenMs, int Count, int CappedSharing);
