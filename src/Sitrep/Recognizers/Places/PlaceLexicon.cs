using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>A place that a written name may stand for, with the form the name takes for it.</summary>
/// <param name="Capitalized">The listed form starts with a capital, so mixed-case text must write it so.</param>
/// <param name="Exact">For abbreviations and codes, the form as it must be written.</param>
public readonly record struct PlaceCandidate(Place Place, NameForm Form, bool Capitalized, string? Exact);

/// <summary>
/// What one phrase of the place lexicon stands for: places (often several: "Hyderabad" in India and in
/// Pakistan), a facility type ("police station"), or nothing at all ("Arabian Sea", read so that "Arabian"
/// is not taken for a country).
/// </summary>
public sealed class PlaceLexiconEntry
{
    // While the lexicon is built: most phrases name one place, so the first is kept apart and a list made only for more.
    private PlaceCandidate? _first;
    private List<PlaceCandidate>? _more;
    private bool _frozen;

    public ImmutableArray<PlaceCandidate> Places { get; private set; } = [];

    public string? FacilityType { get; private set; }

    /// <summary>A phrase that holds a place name but names something else.</summary>
    public bool IsNotPlace { get; private set; }

    internal static PlaceLexiconEntry ForPlace(PlaceCandidate candidate)
    {
        var entry = new PlaceLexiconEntry();
        entry._first = candidate;
        return entry;
    }

    internal static PlaceLexiconEntry ForFacility(string type) => new() { FacilityType = type };

    internal static PlaceLexiconEntry ForNotPlace() => new() { IsNotPlace = true };

    internal static PlaceLexiconEntry ForNothing()
    {
        var entry = new PlaceLexiconEntry();
        entry.Freeze();
        return entry;
    }

    /// <summary>Adds what <paramref name="other"/> stands for (the same phrase, listed again).</summary>
    internal PlaceLexiconEntry Merge(PlaceLexiconEntry other)
    {
        if (other._first is { } first)
        {
            if (_first is null) _first = first;
            else (_more ??= []).Add(first);
        }
        if (other._more is not null) (_more ??= []).AddRange(other._more);
        FacilityType ??= other.FacilityType;
        IsNotPlace |= other.IsNotPlace;
        return this;
    }

    internal void Freeze()
    {
        if (_frozen) return;
        _frozen = true;
        if (_more is null)
        {
            Places = _first is { } only ? [only] : [];
        }
        else
        {
            // One place listed twice under one phrase (a name and its ASCII spelling fold alike) is one candidate.
            var distinct = new List<PlaceCandidate>(_more.Count + 1) { _first!.Value };
            foreach (var c in _more)
                if (!distinct.Exists(d => ReferenceEquals(d.Place, c.Place) && d.Form == c.Form))
                    distinct.Add(c);
            Places = [.. distinct];
        }
        OnlyTownNames = Places.Length > 0;
        OnlyDatelineCodes = Places.Length > 0;
        foreach (var c in Places)
        {
            // "ID", "IN" are read only as written, in upper case: "in" is never one.
            if (c.Form == NameForm.DatelinePostalCode) continue;
            OnlyDatelineCodes = false;
            if (!c.Capitalized || c.Form != NameForm.Name && c.Form != NameForm.Demonym)
                HasUncapitalisedForm = true;
            if (c.Form != NameForm.Name || c.Place.Kind == PlaceKind.Country)
                OnlyTownNames = false;
        }
        (_first, _more) = (null, null);
    }

    /// <summary>Every place of the phrase is a region by a code read only in datelines ("ID", "OR"): elsewhere nothing.</summary>
    public bool OnlyDatelineCodes { get; private set; }

    /// <summary>Every place of the phrase is a town or region, named by name (no country, abbreviation or demonym).</summary>
    public bool OnlyTownNames { get; private set; }

    /// <summary>
    /// Some place of the phrase may be written in lower case ("tribal areas") or is an abbreviation: without one, a
    /// lower-case match in mixed-case text is no place, which the recognizer knows before it looks further.
    /// </summary>
    public bool HasUncapitalisedForm { get; private set; }
}

/// <summary>
/// Every phrase that can name a place: the gazetteer's names, facility words (<c>Places/facilities.tsv</c>) and
/// phrases that only look like places (<c>Places/not-places.tsv</c>), in one <see cref="PhraseMatcher{T}"/> so a
/// document is read in a single pass over its tokens.
/// </summary>
public sealed class PlaceLexicon
{
    private static readonly Lazy<PlaceLexicon> LazyDefault = new(() => new PlaceLexicon(
        Gazetteer.Default, ResourceTable.Load("Places/facilities.tsv"), ResourceTable.Load("Places/not-places.tsv")));

    private readonly PhraseMatcher<PlaceLexiconEntry> _matcher;

    public PlaceLexicon(Gazetteer gazetteer, ResourceTable facilities, ResourceTable notPlaces)
    {
        Gazetteer = gazetteer;
        var entries = new List<(string, PlaceLexiconEntry)>(gazetteer.Names.Length + facilities.Rows.Length + notPlaces.Rows.Length);
        foreach (var name in gazetteer.Names)
        {
            var exact = name.Form is NameForm.Abbreviation or NameForm.StyleAbbreviation or NameForm.PostalCode or NameForm.DatelinePostalCode ? name.Phrase : null;
            entries.Add((name.Phrase, PlaceLexiconEntry.ForPlace(new PlaceCandidate(name.Place, name.Form, char.IsUpper(name.Phrase[0]), exact))));
        }
        foreach (var row in facilities.Rows)
            entries.Add((row["phrase"], PlaceLexiconEntry.ForFacility(row["type"].Length > 0 ? row["type"] : throw row.Error("no type."))));
        foreach (var row in notPlaces.Rows)
            entries.Add((row["phrase"], PlaceLexiconEntry.ForNotPlace()));

        _matcher = new PhraseMatcher<PlaceLexiconEntry>(entries, static (a, b) => a.Merge(b));
        foreach (var (_, entry) in entries) entry.Freeze();
    }

    public static PlaceLexicon Default => LazyDefault.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>The longest phrase starting at <paramref name="token"/> and ending before <paramref name="endToken"/>.</summary>
    public bool TryMatchAt(Document doc, int token, out PhraseMatch<PlaceLexiconEntry> match, int endToken = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, endToken);

    /// <summary>Whether a single folded word is a phrase of the lexicon.</summary>
    public bool Contains(ReadOnlySpan<char> foldedWord) => _matcher.TryGetWord(foldedWord, out _);

    /// <summary>What a single folded word stands for, when it is a phrase of the lexicon.</summary>
    public bool TryGetWord(ReadOnlySpan<char> foldedWord, out PlaceLexiconEntry entry) => _matcher.TryGetWord(foldedWord, out entry);
}
