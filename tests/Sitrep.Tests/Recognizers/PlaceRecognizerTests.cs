using System.Text.Json;
using Sitrep.Recognizers.Places;

namespace Sitrep.Tests.Recognizers;

public sealed class PlaceRecognizerTests
{
    /// <summary>
    /// Specs/Places/places.json: each case's <c>expected</c> is <c>{ "mentions": [...], "exact"?, "not"?: [...] }</c>.
    /// Mentions are matched in order by the fields they list (text, kind, name, place_id, country, admin1, admin2,
    /// facility_type, demonym, within, place_name, relation, relation_text, evidence, alternative_admin1s: the distinct
    /// regions of a name's other readings, or of the towns a facility's name may be); <c>not</c> lists texts that must be no
    /// mention at all.
    /// </summary>
    [Fact]
    public void Finds_countries_regions_cities_and_facilities()
    {
        SpecFile.Check("Places/places.json", c =>
        {
            var doc = c.Prepare();
            var mentions = PlaceRecognizer.Default.Find(doc);
            var actual = mentions.Select(m => SpecFile.ToJson(new
            {
                text = doc.TextOf(m.Span),
                kind = m.Kind,
                name = m.Name,
                place_id = m.Place?.Id,
                place_name = m.Place?.Name,
                country = m.Place?.CountryCode ?? m.Within?.CountryCode,
                admin1 = m.Place?.Admin1 ?? (m.Within?.Kind == PlaceKind.Admin1 ? m.Within.Name : null),
                facility_type = m.FacilityType,
                demonym = m.IsDemonym,
                within = m.Within?.Name,
                admin2 = m.Place?.Admin2,
                relation = m.Relation?.Kind,
                evidence = m.Evidence,
                relation_text = m.Relation is { } r ? doc.TextOf(r.Span) : null,
                alternative_admin1s = m.Alternatives.Select(a => a.Admin1).Distinct().Order(StringComparer.Ordinal).ToList(),
            })).ToList();
            var expected = c.Expected;
            var exact = expected.TryGetProperty("exact", out var e) && e.GetBoolean();
            SpecFile.AssertMatches(expected.GetProperty("mentions"), actual, exact);
            if (expected.TryGetProperty("not", out var not))
                foreach (var text in not.EnumerateArray().Select(t => t.GetString()!))
                    if (mentions.Any(m => doc.TextOf(m.Span) == text))
                        throw new InvalidOperationException($"\"{text}\" is a mention: [{string.Join(", ", actual.Select(a => a.GetRawText()))}]");
        });
    }

    [Fact]
    public void Spans_and_tokens_agree()
    {
        var doc = new SpecCase("Gunmen attacked the Karachi Police Office in Sindh province, Pakistan.", null, default, null).Prepare();
        foreach (var m in PlaceRecognizer.Default.Find(doc))
        {
            Assert.Equal(doc.Tokens[m.FirstToken].Start, m.Span.Start);
            Assert.Equal(doc.Tokens[m.EndToken - 1].End, m.Span.End);
        }
    }

    [Fact]
    public void Finds_nothing_in_an_empty_document()
    {
        var doc = new SpecCase("", null, default, null).Prepare();
        Assert.Empty(PlaceRecognizer.Default.Find(doc));
    }

    [Fact]
    public void Gives_the_same_mentions_every_time()
    {
        var doc = new SpecCase("Hyderabad police said the attack in Paris, Texas, was not linked to Georgia.", null, default, null).Prepare();
        var first = JsonSerializer.Serialize(PlaceRecognizer.Default.Find(doc).Select(m => (m.Span.Start, m.Place?.Id)));
        var second = JsonSerializer.Serialize(PlaceRecognizer.Default.Find(doc).Select(m => (m.Span.Start, m.Place?.Id)));
        Assert.Equal(first, second);
    }
}
