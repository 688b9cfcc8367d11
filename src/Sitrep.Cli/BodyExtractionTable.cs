using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Evaluation;

namespace Sitrep.Cli;

/// <summary><c>sitrep eval --gold FOLDER</c> on an article-extraction corpus: body extraction precision, recall and F1.</summary>
internal static class BodyExtractionTable
{
    public static int Run(string folder, bool json, FileInfo? details)
    {
        using var detailWriter = details is null ? null : new StreamWriter(details.FullName, false, new UTF8Encoding(false));
        var report = BodyExtractionEvaluator.Default.Evaluate(folder, detailWriter is null ? null : o => WriteDetail(detailWriter, o));
        Console.Out.Write(json ? Json(report) : Table(report));
        return ExitCodes.Success;
    }

    internal static string Table(ExtractionReport r)
    {
        var s = r.Score;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{r.Corpus}: {s.Cases} pages, {r.TotalMegabytes:0.0} MB of HTML (article body extraction, word 4-gram shingles)\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"metric",-12} {"cases",6} {"sitrep",8}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"precision",-12} {s.PrecisionCases,6} {s.Precision,8:0.000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"recall",-12} {s.RecallCases,6} {s.Recall,8:0.000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"F1",-12} {s.Cases,6} {s.F1,8:0.000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"accuracy",-12} {s.Cases,6} {s.Accuracy,8:0.000}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"reading time: {r.MillisecondsPerPage:0.0} ms per page (decode, parse, metadata, body)\n");
        return sb.ToString();
    }

    private static string Json(ExtractionReport r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("corpus", r.Corpus);
            w.WriteNumber("pages", r.Score.Cases);
            w.WriteNumber("precision", Math.Round(r.Score.Precision, 4));
            w.WriteNumber("recall", Math.Round(r.Score.Recall, 4));
            w.WriteNumber("f1", Math.Round(r.Score.F1, 4));
            w.WriteNumber("accuracy", Math.Round(r.Score.Accuracy, 4));
            w.WriteNumber("precision_cases", r.Score.PrecisionCases);
            w.WriteNumber("recall_cases", r.Score.RecallCases);
            w.WriteNumber("ms_per_page", Math.Round(r.MillisecondsPerPage, 2));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDetail(StreamWriter writer, ExtractionOutcome o)
    {
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            key = o.Case.Key,
            url = o.Case.Url,
            precision = Math.Round(BodyExtractionScorer.Precision(o.Match), 4),
            recall = Math.Round(BodyExtractionScorer.Recall(o.Match), 4),
            exact = o.Exact,
            extracted = o.Extracted,
            gold = o.Case.GoldBody,
        }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
