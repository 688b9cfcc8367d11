using System.CommandLine;
using System.Text;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli;

/// <summary>
/// <c>sitrep explain PATH...</c>: shows how Sitrep read each document, layer by layer: the event
/// mentions with what was attached to them, and which incident each went to and why. For an
/// analyst who wants to know why a figure is what it is, and for the engineer fixing it.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to read.", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var command = new Command("explain", "Show the event mentions found in each document and how they were grouped.") { paths, published };
        command.SetAction(result =>
        {
            var failed = 0;
            foreach (var item in InputReader.Default.Read(result.GetValue(paths)!, result.GetValue(published)))
            {
                if (item.Article is null && item.Error is null) continue; // a record that holds no article (a WARC request)
                if (item.Article is null)
                {
                    failed++;
                    Console.Error.WriteLine($"sitrep: {item.Path}: {item.Error}");
                    continue;
                }
                Console.Out.Write(Explain(DocumentAnalyzer.Default.Analyze(item.Article)));
            }
            return failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static string Explain(DocumentAnalysis a)
    {
        var doc = a.Document;
        var sb = new StringBuilder();
        sb.Append("# ").Append(doc.Id).Append(doc.Published is { } p ? $" (published {p})" : " (no publication date)").Append('\n');
        if (doc.Dateline is { } d) sb.Append("dateline: ").Append(d.Place).Append('\n');
        var incidentOf = a.Incidents.SelectMany(i => i.Mentions.Select(m => (m.Index, i))).ToDictionary(x => x.Index, x => x.i);
        foreach (var e in a.Events.Events)
        {
            var sentence = doc.Sentences[e.Sentence];
            var owner = incidentOf.TryGetValue(e.Index, out var inc) ? $"{inc.Role.ToString().ToLowerInvariant()} #{inc.Index}" : "dropped";
            sb.Append($"\n[{e.Index}] s{e.Sentence}{(sentence.IsHeadline ? " headline" : "")} \"{doc.TextOf(e.Trigger)}\" {e.Class.Name}");
            sb.Append(e.IsImplicit ? " (implicit)" : "").Append($" {e.Reference.ToString().ToLowerInvariant()}");
            if (e.EarlierEventCue is { } cue) sb.Append($" cue \"{doc.TextOf(cue)}\"");
            sb.Append($" -> {owner}\n");
            foreach (var t in e.Times) sb.Append($"    time \"{doc.TextOf(t.Span)}\" {t.Kind} {t.Start} {t.Precision}\n");
            foreach (var pl in e.Places) sb.Append($"    place \"{doc.TextOf(pl.Span)}\" {pl.Kind} {pl.Place?.Name}\n");
            foreach (var c in e.Casualties) sb.Append($"    casualty \"{doc.TextOf(c.Span)}\" {c.Outcome} {c.Count} {c.Side}\n");
            foreach (var act in e.Perpetrators) sb.Append($"    perpetrator \"{doc.TextOf(act.Span)}\" {act.Kind} {act.Name}\n");
            foreach (var w in e.Weapons) sb.Append($"    weapon \"{doc.TextOf(w.Span)}\" {w.Kind.Type} {w.Kind.Subtype}\n");
            foreach (var claim in e.Claims) sb.Append($"    claim \"{doc.TextOf(claim.Span)}\" {claim.Group.Name} {(claim.Claimed ? "claimed" : "suspected")}\n");
        }
        foreach (var i in a.Incidents)
            sb.Append($"\nincident #{i.Index}: {i.Role.ToString().ToLowerInvariant()}{(i.Reason != BackgroundReason.None ? $" ({i.Reason})" : "")}, mentions {string.Join(",", i.Mentions.Select(m => m.Index))}");
        return sb.Append("\n\n").ToString();
    }
}
