using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Recognizers.Places;

/// <summary>What a word next to a name says about it (<c>Places/cues.tsv</c>).</summary>
[Flags]
public enum PlaceCue
{
    None = 0,
    /// <summary>"in", "near", "outside": a place follows.</summary>
    Locative = 1,
    /// <summary>"at", "of", "to": a place may follow, or anything else.</summary>
    WeakLocative = 2,
    /// <summary>"Mr.", "Officer": a person follows.</summary>
    Title = 4,
    /// <summary>"Avenue", "Street": the name before it is a street's.</summary>
    Street = 8,
    /// <summary>"County", "Township": the name before it is not the city's.</summary>
    NotCity = 16,
    /// <summary>"province", "department": the name beside it is a region's.</summary>
    RegionType = 32,
    /// <summary>"de", "of": a lower-case word inside a capitalised name.</summary>
    Particle = 64,
    /// <summary>"The", "At": never the first word of a facility's name.</summary>
    Stop = 128,
    /// <summary>"Downtown", "Northern": qualifies the name after it; no first name.</summary>
    Modifier = 256,
    /// <summary>"Tuesday", "October": capitalised, yet no part of a name ("in Hermitage Tuesday evening").</summary>
    Calendar = 512,
    /// <summary>"said", "told": after a one-word name, a person speaks.</summary>
    Speech = 1024,
    /// <summary>"city", "town", "village": "the city of X" places X as surely as "in X".</summary>
    TownWord = 2048,
    /// <summary>"intersection", "corner": before "of", the names joined by "and" are streets ("the intersection of Poydras and Bolivar").</summary>
    Crossing = 4096,
    /// <summary>"Villa", "Colonia", "Barrio": begins a longer Spanish place name ("Villa El Salvador", "Colonia Escalón").</summary>
    NameHead = 8192,
    /// <summary>"Honda", "Lincoln": a car maker; the name after it is the model, and vehicle words make it the car.</summary>
    VehicleMake = 16384,
    /// <summary>"silver", "stolen": before a car maker's name, the car ("a silver Honda").</summary>
    VehicleBefore = 32768,
    /// <summary>"sedan", "Accord": after a car maker's name, the car ("a Honda Accord").</summary>
    VehicleAfter = 65536,
    /// <summary>"departments", "provinces": after a list of names, each is a region's ("IN USULUTAN AND MORAZAN DEPARTMENTS").</summary>
    RegionTypes = 131072,
    /// <summary>"upstate", "central": in lower case before a name of both a region and its town, the region ("upstate New York").</summary>
    RegionSide = 262144,
}

/// <summary>The cue words around place names, looked up by folded token without allocating.</summary>
public sealed class PlaceCues
{
    private readonly FrozenDictionary<string, PlaceCue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PlaceCues(ResourceTable table)
    {
        var cues = new Dictionary<string, PlaceCue>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var cue = row["cue"] switch
            {
                "locative" => PlaceCue.Locative,
                "weak-locative" => PlaceCue.WeakLocative,
                "title" => PlaceCue.Title,
                "street" => PlaceCue.Street,
                "not-city" => PlaceCue.NotCity,
                "region-type" => PlaceCue.RegionType,
                "region-types" => PlaceCue.RegionTypes,
                "particle" => PlaceCue.Particle,
                "stop" => PlaceCue.Stop,
                "modifier" => PlaceCue.Modifier,
                "calendar" => PlaceCue.Calendar,
                "speech" => PlaceCue.Speech,
                "town-word" => PlaceCue.TownWord,
                "crossing" => PlaceCue.Crossing,
                "name-head" => PlaceCue.NameHead,
                "vehicle-make" => PlaceCue.VehicleMake,
                "vehicle-before" => PlaceCue.VehicleBefore,
                "vehicle-after" => PlaceCue.VehicleAfter,
                "region-side" => PlaceCue.RegionSide,
                var other => throw row.Error($"unknown cue '{other}'."),
            };
            var word = row["word"];
            cues[word] = cues.GetValueOrDefault(word) | cue;
        }
        _lookup = cues.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PlaceCues Default { get; } = new(ResourceTable.Load("Places/cues.tsv"));

    /// <summary>The cues of token <paramref name="token"/>; none outside the document.</summary>
    public PlaceCue Of(Document doc, int token) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token].IsWord && _lookup.TryGetValue(doc.FoldedOf(token), out var cue)
            ? cue
            : PlaceCue.None;

    public bool Has(Document doc, int token, PlaceCue cue) => (Of(doc, token) & cue) != 0;

    /// <summary>Whether a folded word is a street's ("avenue", "road").</summary>
    public bool IsStreetWord(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var cue) && (cue & PlaceCue.Street) != 0;

    /// <summary>
    /// The cues of the word before <paramref name="token"/>, skipping an abbreviation's period ("Mr. Jackson",
    /// "Sgt. Tyler").
    /// </summary>
    public PlaceCue Before(Document doc, int token)
    {
        var k = token - 1;
        if (k >= 1 && doc.TokenIs(k, ".")) k--;
        return Of(doc, k);
    }
}
