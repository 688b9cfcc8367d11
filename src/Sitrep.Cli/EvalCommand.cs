using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Evaluation;

namespace Sitrep.Cli;

/// <summary><c>sitrep eval --gold FILE.jsonl [--format table|json] [--details FILE.jsonl] [--shape SHAPE.json]</c></summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "A gold file (JSON Lines with id, text, published and gold), or an article-extraction folder (ground-truth.json and html/).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var details = new Option<FileInfo?>("--details") { Description = "Also write each article's prediction beside its gold, one JSON line each." };
        var shape = new Option<FileInfo?>("--shape") { Description = "A gold shape file (JSON) mapping Sitrep's labels to your gold keys; see docs/EVALUATION.md." };
        var locationDetails = new Option<FileInfo?>("--location-details") { Description = "Also write each article's predicted place beside its gold place, one JSON line each." };
        var command = new Command("eval", "Score Sitrep on an annotated corpus, next to the keyword baseline.") { gold, format, details, shape, locationDetails };
        command.SetAction(result =>
        {
            var file = result.GetValue(gold)!;
            if (ArticleExtractionCorpus.IsCorpusFolder(file.FullName))
                return BodyExtractionTable.Run(file.FullName, result.GetValue(format) == "json", result.GetValue(details));
            if (!file.Exists)
            {
                Console.Error.WriteLine($"sitrep: {file.FullName}: no such file");
                return ExitCodes.BadArguments;
            }
            using var detailWriter = result.GetValue(details) is { } d ? new StreamWriter(d.FullName, false, new UTF8Encoding(false)) : null;
            using var locationWriter = result.GetValue(locationDetails) is { } l ? new StreamWriter(l.FullName, false, new UTF8Encoding(false)) : null;
            Scorecard card;
            try
            {
                var reader = result.GetValue(shape) is { } shapeFile ? GoldReader.Default.With(GoldShape.FromFile(shapeFile.FullName)) : GoldReader.Default;
                card = Evaluator.Default.Evaluate(file.Name, reader.Read(file.FullName), detailWriter is null ? null : o => WriteDetail(detailWriter, o),
                    locationWriter is null ? null : o => WriteLocationDetail(locationWriter, o));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"sitrep: {e.Message}");
                return ExitCodes.BadInput;
            }
            Console.Out.Write(result.GetValue(format) == "json" ? Json(card) : Table(card));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Table(Scorecard card)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{card.Corpus}: {card.Articles} articles\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"metric",-32} {"cases",6} {"sitrep",8} {"baseline",9}\n");
        foreach (var m in card.Metrics)
        {
            var baseline = m.Baseline is { } b ? b.ToString("P1", CultureInfo.InvariantCulture) : "";
            var value = m.Unit == "count" ? m.Sitrep.ToString("0", CultureInfo.InvariantCulture) : m.Sitrep.ToString("P1", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{m.Name,-32} {m.Cases,6} {value,8} {baseline,9}\n");
        }
        return sb.ToString();
    }

    internal static string Json(Scorecard card)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("corpus", card.Corpus);
            w.WriteNumber("articles", card.Articles);
            w.WriteStartArray("metrics");
            foreach (var m in card.Metrics)
            {
                w.WriteStartObject();
                w.WriteString("name", m.Name);
                w.WriteString("unit", m.Unit);
                w.WriteNumber("cases", m.Cases);
                w.WriteNumber("sitrep", Math.Round(m.Sitrep, 4));
                if (m.Baseline is { } b) w.WriteNumber("baseline", Math.Round(b, 4));
                else w.WriteNull("baseline");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteLocationDetail(StreamWriter writer, LocationOutcome o) =>
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            id = o.ArticleId,
            city_ok = o.City,
            admin1_ok = o.Admin1,
            country_ok = o.Country,
            name = o.Predicted?.Name,
            city = o.Predicted?.City,
            admin2 = o.Predicted?.Admin2,
            admin1 = o.Predicted?.Admin1,
            country = o.Predicted?.Country,
            precision = o.Predicted?.Precision.ToString(),
            evidence = o.Predicted?.Evidence.Select(e => e.Text),
        }));

    private static void WriteDetail(StreamWriter writer, ArticleOutcome o)
    {
        var counts = o.Gold.Gold.Counts;
        var incident = o.Incidents.FirstOrDefault();
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            id = o.Gold.Id,
            relevant = o.Gold.Gold.Relevant,
            has_primary = o.HasPrimary,
            gold_cluster = o.Gold.Gold.ClusterId,
            incidents = o.Incidents.Select(i => i.Id),
            gold_killed = counts.Killed,
            killed = o.OwnKilled,
            incident_killed = o.IncidentKilled,
            gold_wounded = counts.Wounded,
            wounded = o.OwnWounded,
            incident_wounded = o.IncidentWounded,
            gold_killed_perpetrators = counts.KilledPerpetrators,
            killed_perpetrators = o.OwnKilledPerpetrators,
            baseline_killed = o.BaselineKilled,
            baseline_wounded = o.BaselineWounded,
            gold_place = o.Gold.Gold.Incidents.Select(i => new { i.City, i.Admin1, i.Country }).FirstOrDefault(),
            place = incident is null ? null : new { incident.Location.City, incident.Location.Admin1, incident.Location.Country },
            // The article's own reading (what the location metrics score); "place" is the reconciled incident's.
            own_place = o.Own.FirstOrDefault()?.Location is { } own ? new { own.City, own.Admin1, own.Country } : null,
            mentioned_place = o.Mentioned is { } mentioned ? new { mentioned.City, mentioned.Admin1, mentioned.Country } : null,
            gold_date = o.Gold.Gold.Incidents.Select(i => i.Date).FirstOrDefault(),
            date = incident?.Date.Start,
            evidence = o.Own.SelectMany(f => new[] { f.Casualties.Killed, f.Casualties.Wounded }).Where(f => f is not null).SelectMany(f => f!.Evidence).Select(e => e.Text),
        }));
    }
}
