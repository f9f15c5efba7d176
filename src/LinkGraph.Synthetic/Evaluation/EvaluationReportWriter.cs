using System.Globalization;
using System.Text.Json;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as a table for people or as JSON (snake_case) for machines.</summary>
public static class EvaluationReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static void WriteJson(EvaluationReport report, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(report, Json));
        writer.Write('\n');
    }

    public static void WriteText(EvaluationReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        Line(writer, $"rings: {report.Rings} ({report.FlaggedRings} flagged); accounts in truth: {report.TruthAccounts} ({report.FraudAccounts} fraud)");
        Line(writer, $"precision {report.Precision:F4}   recall {report.Recall:F4}   F1 {report.F1:F4}");
        Line(writer, $"true positives {report.TruePositives}, false positives {report.FalsePositives}, false negatives {report.FalseNegatives}");
        Line(writer, $"ring purity {report.Purity:F4} ({report.PureRings} of {report.FlaggedRings} flagged rings pure)");
        if (report.UnknownFlagged > 0)
        {
            Line(writer, $"note: {report.UnknownFlagged} flagged accounts are not in the truth file and are not counted");
        }

        writer.Write('\n');
        Line(writer, $"{"false positives by category",-28} {"accounts",10} {"flagged",9} {"groups",8} {"flagged",9}");
        foreach (var c in report.FalsePositivesByCategory)
        {
            Line(writer, $"{c.Category,-28} {c.Accounts,10} {c.FlaggedAccounts,9} {c.Groups,8} {c.FlaggedGroups,9}");
        }

        writer.Write('\n');
        Line(writer, $"{"recall by kind",-28} {"campaigns",10} {"accounts",9} {"caught",8} {"recall",9}");
        foreach (var k in report.Kinds)
        {
            Line(writer, $"{k.Kind,-28} {k.Campaigns,10} {k.Accounts,9} {k.Caught,8} {k.Recall,9:F4}");
        }

        writer.Write('\n');
        Line(writer, $"{"recall by campaign",-28} {"kind",10} {"accounts",9} {"caught",8} {"recall",9} {"rings",6}");
        foreach (var c in report.Campaigns)
        {
            Line(writer, $"{c.Campaign,-28} {c.Kind,10} {c.Accounts,9} {c.Caught,8} {c.Recall,9:F4} {c.Rings,6}");
        }
    }

    private static void Line(TextWriter writer, FormattableString text)
    {
        writer.Write(text.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
    }
}
