namespace LinkGraph.Neo4j.Tests;

/// <summary>A small RFC 4180 reader for checking exported files: ',' separated, '"' quoted, '""' escaped, one record a line.</summary>
internal static class CsvRecords
{
    public static List<string[]> Read(string path) => [.. File.ReadAllLines(path).Select(Parse)];

    public static string[] Parse(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
