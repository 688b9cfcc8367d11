using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

/// <summary>How sure the words around a name make it a place.</summary>
public enum PlaceEvidence : byte
{
    /// <summary>Only if the text ties it to a region (", Tenn.") or it stands in the dateline: "Mobile", "Police".</summary>
    Doubtful,
    /// <summary>Only if another mention of the document supports it (its region or country is named elsewhere).</summary>
    Weak,
    /// <summary>A name standing where names stand.</summary>
    Normal,
    /// <summary>In the dateline, after "in"/"near", or before ", Region".</summary>
    Strong,
}

/// <summary>
/// A lexicon phrase found in a document, while the recognizer decides what it is: the places it may stand for,
/// how sure the context makes it, and at the end the place chosen. Working state of one <c>Find</c> call.
/// </summary>
public sealed class PlaceReading(int firstToken, int endToken, TextSpan span, PlaceLexiconEntry entry)
{
    /// <summary>The entry of readings that no lexicon phrase made (an unknown town in a "Town, Region" pair).</summary>
    internal static readonly PlaceLexiconEntry NoEntry = PlaceLexiconEntry.ForNothing();

    public int FirstToken { get; set; } = firstToken;

    public int EndToken { get; set; } = endToken;

    public TextSpan Span { get; set; } = span;

    public PlaceLexiconEntry Entry { get; } = entry;

    /// <summary>The places the name may stand for here, after the case and context rules.</summary>
    public List<PlaceCandidate> Candidates { get; } = [];

    public PlaceEvidence Evidence { get; set; } = PlaceEvidence.Normal;

    /// <summary>Read as a facility word ("mosque") rather than a place name.</summary>
    public string? FacilityType { get; set; }

    /// <summary>Only a postal code or a style abbreviation: a place only right after a town and a comma.</summary>
    public bool NeedsTownBefore { get; set; }

    /// <summary>The reading of the region or country the text puts it in ("Hermitage, Tenn.": the reading of "Tenn.").</summary>
    public PlaceReading? Container { get; set; }

    /// <summary>A town the gazetteer does not list, known only by its place in a "Town, Region" pair.</summary>
    public bool IsUnknownTown { get; set; }

    /// <summary>The place chosen, once the document's context is known.</summary>
    public Place? Chosen { get; set; }

    public bool IsDemonym { get; set; }

    /// <summary>Found to be a person's name here ("Officer Davis", "John Davis"): elsewhere in the document too, unless the text says otherwise.</summary>
    public bool IsPersonName { get; set; }

    /// <summary>Found to be a car's make here ("a silver Honda"): elsewhere in the document too ("inside the Honda").</summary>
    public bool IsVehicle { get; set; }

    /// <summary>
    /// The capitalised word right after a one-word name that may be a surname ("said Gary Mathis"), or -1: the name is
    /// a first name when that word stands alone elsewhere in the document ("Mathis was a member").
    /// </summary>
    public int SurnameToken { get; set; } = -1;

    /// <summary>
    /// The surname is also a word of the language ("Parsons"): only other first names before it show the name a first
    /// name, not the word alone ("Police said" opens many sentences).
    /// </summary>
    public bool SurnameIsWord { get; set; }

    /// <summary>Dropped: absorbed into a facility's name, or found not to be a place.</summary>
    public bool Dropped { get; set; }

    public bool IsPlace => !Dropped && !IsUnknownTown && FacilityType is null && !Entry.IsNotPlace && Candidates.Count > 0;

    public bool IsFacility => !Dropped && FacilityType is not null;

    public bool HasKind(PlaceKind kind)
    {
        foreach (var c in Candidates)
            if (c.Place.Kind == kind)
                return true;
        return false;
    }

    public override string ToString() => $"{Span} {FacilityType ?? Chosen?.Id ?? string.Join(",", Candidates.Select(c => c.Place.Id))} {Evidence}";
}
