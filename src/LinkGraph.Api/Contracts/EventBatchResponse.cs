using System.ComponentModel;

namespace LinkGraph.Api.Contracts;

[Description("An accepted batch: events read, newly stored, and already stored (same event id delivered before).")]
public sealed record EventBatchResponse(long Received, long Stored, long Duplicates);
