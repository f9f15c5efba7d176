using System.Globalization;
using System.Text;

namespace LinkGraph.Graph.IO;

/// <summary>
/// Reads a weighted edge list (docs/contract.md §3): one edge a line, <c>u v [w]</c> separated by spaces or tabs; node ids
/// are any non-space tokens; <c>w</c> defaults to 1 and must be a finite number &gt; 0; a token starting with
/// <c>#</c> starts a comment that runs to the end of the line; blank lines are skipped; <c>\r\n</c> and a UTF-8 BOM
/// are accepted. Works on bytes in 1 MiB blocks and interns tokens without allocating per token.
/// </summary>
public static class EdgeListReader
{
    private const int MaxReportedErrors = 20;
    private const int BlockSize = 1 << 20;
    private const int MaxTokenShown = 40;

    /// <exception cref="EdgeListFormatException">Some lines are malformed; nothing is returned.</exception>
    public static EdgeList Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var state = new ReadState();
        var buffer = new byte[BlockSize];
        var filled = 0;
        var first = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (filled == buffer.Length)
            {
                // One line longer than the buffer: make room for it.
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                if (filled > 0)
                {
                    state.ParseLine(buffer.AsSpan(0, filled));
                }

                break;
            }

            var scanFrom = filled;
            filled += read;
            var pos = 0;
            if (first && filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                pos = 3;
                scanFrom = Math.Max(scanFrom, 3);
            }

            first = false;
            while (true)
            {
                var newline = buffer.AsSpan(scanFrom, filled - scanFrom).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                var end = scanFrom + newline;
                state.ParseLine(buffer.AsSpan(pos, end - pos));
                pos = end + 1;
                scanFrom = pos;
            }

            Buffer.BlockCopy(buffer, pos, buffer, 0, filled - pos);
            filled -= pos;
        }

        return state.Finish();
    }

    /// <summary>Edges and names collected so far, plus the bad lines met.</summary>
    private sealed class ReadState
    {
        private readonly NodeNameTable _names = new();
        private readonly List<string> _errors = [];
        private readonly CsrGraphBuilder _builder = new(0);
        private long _line;
        private long _badLines;

        public void ParseLine(ReadOnlySpan<byte> line)
        {
            _line++;
            var i = SkipSpace(line, 0);
            if (i == line.Length || line[i] == (byte)'#')
            {
                return;
            }

            var uStart = i;
            i = SkipToken(line, i);
            var u = line[uStart..i];
            i = SkipSpace(line, i);
            if (i == line.Length || line[i] == (byte)'#')
            {
                Fail($"expected 'u v [w]' but found only one token '{Shown(u)}'");
                return;
            }

            var vStart = i;
            i = SkipToken(line, i);
            var v = line[vStart..i];
            i = SkipSpace(line, i);
            var weight = 1.0;
            if (i < line.Length && line[i] != (byte)'#')
            {
                var wStart = i;
                i = SkipToken(line, i);
                var w = line[wStart..i];
                if (!double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
                {
                    Fail($"weight '{Shown(w)}' is not a number");
                    return;
                }

                if (!double.IsFinite(weight) || weight <= 0)
                {
                    Fail($"weight {Shown(w)} must be finite and greater than 0");
                    return;
                }

                i = SkipSpace(line, i);
                if (i < line.Length && line[i] != (byte)'#')
                {
                    Fail("expected 'u v [w]' but found more than three tokens");
                    return;
                }
            }

            if (_badLines > 0)
            {
                // The result will be rejected anyway; keep scanning only to report further bad lines.
                return;
            }

            var source = _names.Intern(u);
            var target = _names.Intern(v);
            _builder.EnsureNodeCount(_names.Count);
            _builder.AddValidated(source, target, weight);
        }

        public EdgeList Finish()
        {
            if (_badLines > 0)
            {
                throw new EdgeListFormatException(_errors, _badLines);
            }

            var edgeLines = _builder.EdgeCount;
            var graph = _builder.BuildCore(release: true);
            return new EdgeList(graph, _names, _line, edgeLines);
        }

        private void Fail(string reason)
        {
            _badLines++;
            if (_errors.Count < MaxReportedErrors)
            {
                _errors.Add($"line {_line}: {reason}");
            }
        }

        private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f';

        private static int SkipSpace(ReadOnlySpan<byte> line, int i)
        {
            while (i < line.Length && IsSpace(line[i]))
            {
                i++;
            }

            return i;
        }

        private static int SkipToken(ReadOnlySpan<byte> line, int i)
        {
            while (i < line.Length && !IsSpace(line[i]))
            {
                i++;
            }

            return i;
        }

        private static string Shown(ReadOnlySpan<byte> token)
        {
            var text = Encoding.UTF8.GetString(token.Length > MaxTokenShown ? token[..MaxTokenShown] : token);
            return token.Length > MaxTokenShown ? text + "..." : text;
        }
    }
}
