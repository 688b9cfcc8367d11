using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Decides what a lexicon phrase found in a document may be here, from how it is written and the words around it:
/// which of its places stand (case, abbreviations, "Mr. Jackson", "Chicago Avenue", "Cook County"), whether it is a
/// facility word, and how sure the context makes it (<see cref="PlaceEvidence"/>). Choosing among the places that
/// stand is left to <see cref="PlaceDisambiguator"/>, which sees the whole document.
/// </summary>
public sealed class PlaceNameReader(Gazetteer gazetteer, PlaceLexicon lexicon, PlaceCues cues, PlaceRelationReader relations)
{
    /// <summary>Cities this large are names a reader knows; smaller ones in upper-case copy need support.</summary>
    private const long WellKnownPopulation = 100_000;

    /// <summary>Towns this large are named without support; a smaller one needs "in", a dateline, its region or its state beside it.</summary>
    private const long KnownTownPopulation = 15_000;

    /// <summary>A city this large is meant by its name even where the name is an English word ("Phoenix", "Queens").</summary>
    private const long GreatCityPopulation = 1_000_000;

    /// <summary>In upper-case copy a one-word name shorter than this is too often a word or code ("LA", "ICA").</summary>
    private const int ShortNameLetters = 4;

    public static PlaceNameReader Default { get; } = new(Gazetteer.Default, PlaceLexicon.Default, PlaceCues.Default, PlaceRelationReader.Default);

    /// <summary>The reading of <paramref name="match"/>, or null when it is neither place nor facility here.</summary>
    public PlaceReading? Read(Document doc, in PhraseMatch<PlaceLexiconEntry> match, bool inDateline)
    {
        var entry = match.Value;
        var upper = doc.IsUpperCase;
        var first = match.FirstToken;
        var end = match.EndToken;
        // The common case, decided before anything is allocated: "police", "of", "man" in lower case.
        if (!upper && !entry.IsNotPlace && entry.FacilityType is null && !entry.HasUncapitalisedForm &&
            doc.Tokens[first].Shape == TokenShape.Lower)
            return null;

        if (entry.OnlyDatelineCodes && (!inDateline || upper)) return null;

        // In capitals, "OF", "MAN", "LA" are towns only right after "in": decided before anything is allocated.
        if (upper && end - first == 1 && entry.OnlyTownNames && entry.FacilityType is null && !inDateline &&
            Letters(doc.Slice(match.Span)) < ShortNameLetters && (LocativeBefore(doc, first) & PlaceCue.Locative) == 0)
            return null;

        // "VILLA EL SALVADOR", "COLONIA ESCALON": part of a longer name (a district of Lima, a neighborhood of San
        // Salvador), not the country or the town abroad it shares; "COLONIA MIRAMONTES": no region of Uruguay.
        if (!inDateline && !entry.IsNotPlace && (AfterNameHead(doc, first, upper) || end - first == 1 && IsNameHead(doc, first, upper) && NameFollows(doc, end, upper)))
            return null;

        var reading = new PlaceReading(match.FirstToken, match.EndToken, match.Span, entry);
        if (entry.IsNotPlace) return reading;

        var writtenAsName = upper || WrittenAsName(doc, first, end);
        foreach (var candidate in entry.Places)
        {
            var fits = candidate.Form switch
            {
                NameForm.Name or NameForm.Demonym => writtenAsName || !candidate.Capitalized,
                NameForm.Abbreviation => WrittenExactly(doc, match.Span, candidate.Exact!, upper),
                // "PRESTON, ID -": in a dateline's "TOWN, XX" the two letters are the state, not a word or another code.
                NameForm.DatelinePostalCode => inDateline && !upper && doc.TokenIs(first - 1, ",") && WrittenExactly(doc, match.Span, candidate.Exact!, upper: false),
                // "Calif." and "TN" close a "Town, Region" pair; alone they are too often something else.
                _ => !upper && doc.TokenIs(first - 1, ",") && WrittenExactly(doc, match.Span, candidate.Exact!, upper: false),
            };
            if (fits) reading.Candidates.Add(candidate);
        }

        var single = end - first == 1;
        var common = single && gazetteer.IsCommonWord(doc.FoldedOf(first));
        if (entry.FacilityType is not null && (reading.Candidates.Count == 0 || common || !writtenAsName))
        {
            reading.Candidates.Clear();
            reading.FacilityType = entry.FacilityType;
            return reading;
        }
        if (reading.Candidates.Count == 0) return null;
        // "a shooting in the Village", "the Township said": a town word alone after a lower-case "the" points back at
        // the town the story names, whatever town of that name ("The Village", Oklahoma) the gazetteer holds.
        if (!upper && single && cues.Has(doc, first, PlaceCue.TownWord) && first > 0 && doc.TokenIs(first - 1, "the") &&
            doc.Tokens[first - 1].Shape == TokenShape.Lower)
            return null;

        reading.NeedsTownBefore = reading.Candidates.TrueForAll(c => c.Form is NameForm.StyleAbbreviation or NameForm.PostalCode or NameForm.DatelinePostalCode);
        reading.IsDemonym = reading.Candidates.TrueForAll(c => c.Form == NameForm.Demonym) ||
                            // "U.S. officials", "U.S. EMBASSY": an abbreviation before a noun says whose, like "American".
                            reading.Candidates.TrueForAll(c => c.Form == NameForm.Abbreviation && c.Place.Kind == PlaceKind.Country) &&
                            end < doc.Tokens.Length && doc.Tokens[end].IsWord && doc.SentenceOfToken(end).FirstToken <= first;
        if (inDateline)
        {
            reading.Evidence = PlaceEvidence.Strong;
            return reading;
        }

        // "Florida Department of Law Enforcement": an agency, not Uruguay's Florida Department; a shorter name is tried.
        if (!single && (cues.Of(doc, end - 1) & PlaceCue.RegionType) != 0 && doc.TokenIs(end, "of")) return null;

        // "Wells-Goodfellow", "Miami-Dade": a name joined by a hyphen to a capitalised word is part of a longer name; but
        // in "Savannah-Chatham Metro Police", "Charlotte-Mecklenburg" the word is the county the town lies in (a city and
        // county that police together): the town is named, and the county says which.
        if (!upper && doc.TokenIs(end, "-") && end + 1 < doc.Tokens.Length && doc.Tokens[end].Start == doc.Tokens[end - 1].End &&
            doc.Tokens[end + 1].Start == doc.Tokens[end].End && doc.Tokens[end + 1].Shape is TokenShape.Capitalized)
        {
            var county = doc.TextOf(doc.Tokens[end + 1].Span) + " County";
            reading.Candidates.RemoveAll(c => c.Place.Kind != PlaceKind.City || c.Place.Admin2 != county);
            if (reading.Candidates.Count == 0) return null;
            // The county beside it makes the name a town, though a word too ("savannah") and opening a sentence.
            return reading;
        }
        if (!upper && first >= 2 && doc.TokenIs(first - 1, "-") && doc.Tokens[first - 1].End == doc.Tokens[first].Start &&
            doc.Tokens[first - 2].End == doc.Tokens[first - 1].Start && doc.Tokens[first - 2].Shape is TokenShape.Capitalized)
            return null;

        var after = cues.Of(doc, end);
        // "Prince George's County": the thing named after the place stands after the possessive.
        if (doc.TokenIs(end, "'") && doc.TokenIs(end + 1, "s")) after |= cues.Of(doc, end + 2) & PlaceCue.NotCity;
        // "Chicago Avenue", "Karachi Road": a street named after the place.
        if ((after & PlaceCue.Street) != 0 && (upper || doc.Tokens[end].Shape != TokenShape.Lower)) return null;
        if (!upper && StreetsNamedTogether(doc, first, end)) return null;
        if (!upper && AtCrossing(doc, first, end)) return null;
        // "speeding off down Stanton", "ran up Kensington": a way along which one goes is a street, not a town.
        if (!upper && (doc.TokenIs(first - 1, "down") || doc.TokenIs(first - 1, "up")) && first >= 2 && doc.Tokens[first - 2].IsWord) return null;
        // "the shooting on Kensington" after "the 5000 block of Kensington Avenue", "near Sherman and Villard" beside "Sherman
        // Boulevard", "the Addison address" beside "West Addison Street": the street again. Where a street is named after
        // its own town ("Perris Boulevard"), the town's police act ("the Perris Police Department") and "in" names it.
        if (!upper && (doc.TokenIs(first - 1, "on") || StreetSlot(doc, first, end) && !IsWellKnown(reading)) && NamesStreetElsewhere(doc, first, end))
            return null;

        // "a Hyundai Tucson", "a Chevrolet Tahoe": the model a car maker names, no place.
        if (first >= 1 && cues.Has(doc, first - 1, PlaceCue.VehicleMake) && doc.Tokens[first - 1].Shape != TokenShape.Lower) return null;
        // "a silver Honda", "a 1993 Honda", "a Honda Accord", "a Pontiac minivan": the car, here and wherever the
        // name stands alone in the document ("inside the Honda").
        if (single && cues.Has(doc, first, PlaceCue.VehicleMake) && NamesVehicle(doc, first, end))
        {
            reading.IsVehicle = true;
            reading.Dropped = true;
            return reading;
        }

        // Demonyms and abbreviations ("Afghan", "U.S.") are never a person's name; "Jordan" and "Chad" can be.
        if (reading.IsDemonym || !reading.Candidates.Exists(c => c.Form == NameForm.Name)) return reading;

        // "Cook County", "Jackson Township": another place, named after the town.
        if ((after & PlaceCue.NotCity) != 0) RemoveTownsAndRegions(reading);
        // "central New York", "western Washington": a side of a region named like its town is the region's.
        if (!upper && first >= 1 && doc.Tokens[first - 1].Shape == TokenShape.Lower && cues.Has(doc, first - 1, PlaceCue.RegionSide) &&
            reading.Candidates.Exists(c => c.Place.Kind == PlaceKind.Admin1))
            reading.Candidates.RemoveAll(c => c.Place.Kind == PlaceKind.City);
        // "Mr. Jackson", "Officer Tyler", "Kevin Jackson", "Garcia, 19,": a person, and the name is his wherever it
        // stands alone. A capital at the sentence start proves little ("Like Karachi, ..."), and a country's name
        // needs the surer signs.
        var nameBefore = upper ? NameWord.None : NameWordBefore(doc, first);
        // "Initial Houston police reports", "Early Dayton Police Department figures": a word opening the sentence before a
        // town whose officers act is an adjective; a first name and surname take no police after them.
        if (nameBefore == NameWord.SentenceStart && relations.AgencyAt(doc, end)) nameBefore = NameWord.None;
        // "Anderson said", "Davis told reporters": a one-word name that speaks is a person (a town speaks only through
        // its officials: "Houston said" is rare next to "Houston police said").
        var person = (cues.Before(doc, first) & PlaceCue.Title) != 0 || !upper && (FollowedByAge(doc, end) || AgedFirstNameBefore(doc, first) || AgedSurnameAfter(doc, end)) ||
                     single && cues.Has(doc, end, PlaceCue.Speech) && (LocativeBefore(doc, first) & PlaceCue.Locative) == 0;
        if (person || nameBefore != NameWord.None)
        {
            if (person || nameBefore == NameWord.InSentence) reading.Candidates.RemoveAll(c => c.Form == NameForm.Name);
            else RemoveTownsAndRegions(reading);
            if (reading.Candidates.Count == 0)
            {
                // Only a sure sign makes the name a person's throughout: a title, an age, or a first name before a
                // one-word name that closes the run of capitals ("Kevin Jackson said"; not "Update Houston Police").
                if (person || nameBefore == NameWord.InSentence && single && !FollowedByCapital(doc, end))
                {
                    reading.IsPersonName = true;
                    reading.Dropped = true;
                    return reading;
                }
                return null;
            }
        }
        if (reading.Candidates.Count == 0) return null;
        // "Bourbon Street", "the Bunny Friend shooting", "Town Center": a word of the language right after a name is that
        // name's last word, no town of its own ("Street", England; "Court", Switzerland). (After a first name it is a
        // surname: "Julius Gray", above.)
        if (common && !upper && EndsLongerName(doc, first)) return null;

        var countryOnly = reading.Candidates.TrueForAll(c => c.Place.Kind == PlaceKind.Country);
        var before = LocativeBefore(doc, first);
        var headline = !upper && doc.SentenceOfToken(first).IsHeadline;
        if (countryOnly)
        {
            if (!upper && !headline && FollowedByNameWord(doc, end)) reading.Evidence = PlaceEvidence.Weak; // "Jordan Smith"
            return reading;
        }
        // "NORTHERN", "Western": a word that places other names, never a place of its own here.
        if (single && (cues.Of(doc, first) & PlaceCue.Modifier) != 0) return null;
        // "Central Florida", "West Price Hill", "Mountain Home": a word that begins a longer name. "Buffalo Police" stays.
        if (common && (upper ? lexicon.TryMatchAt(doc, end, out var next) && next.Value.Places.Length > 0 : FollowedByNameOrPlace(doc, end)))
            return null;
        if (single && (upper || headline) && Letters(doc.Slice(match.Span)) < ShortNameLetters && (before & PlaceCue.Locative) == 0)
            return null; // "UN", "ICA": in capitals, a short word needs "in" before it
        // "WHITE HOUSE", "CUT OFF": in capitals, a name made of English words is read as words unless the region is named.
        if (common || upper && !single && gazetteer.IsCommonWord(doc.FoldedOf(match.Span)))
        {
            // "in Mobile" is the town; "IN THE CAPITAL" is not Bahrain's Capital Governorate: capitals hide the difference.
            reading.Evidence = (before & PlaceCue.Locative) != 0 && !upper && !headline ? PlaceEvidence.Strong
                // "Phoenix fire crews", "Mobile Police", "a Savannah shooting": the town acts or the incident is put in it.
                : !upper && relations.ActsAfter(doc, end) ? PlaceEvidence.Normal
                // "in a Phoenix business area": a capital inside the sentence, on the name of a city of a million.
                : !upper && !headline && !doc.OpensSentence(first) && NamesGreatCity(reading) ? PlaceEvidence.Normal
                : PlaceEvidence.Doubtful;
        }
        // "in Douglass Park", "near Camino Verde": "in" places the longer name the town's begins, not the town.
        else if ((before & PlaceCue.Locative) != 0 && (upper || !BeginsLongerName(doc, end)) || (upper && (before & PlaceCue.WeakLocative) != 0))
            reading.Evidence = PlaceEvidence.Strong;
        else if (upper || headline)
            // A small town needs support, unless its police act in the headline ("Duluth Police Investigate Shooting").
            reading.Evidence = IsWellKnown(reading) || headline && relations.ActsAfter(doc, end) ? PlaceEvidence.Normal : PlaceEvidence.Weak;
        // "Tyler Smith", "Devon McNeal", "Chicago Tribune": maybe a person or a paper. Not a county named with its type
        // word: "the Polk County Sheriff's Office", "Navarro County Fire Rescue" are the county's own.
        else if (FollowedByNameWord(doc, end) && !reading.Candidates.TrueForAll(c => c.Place.Kind == PlaceKind.Admin2))
        {
            reading.Evidence = PlaceEvidence.Weak;
            if (single) reading.SurnameToken = end;
        }
        else if (!IsKnownTown(reading) && !relations.ActsAfter(doc, end) && !FollowedByFacility(doc, end))
            reading.Evidence = PlaceEvidence.Weak; // "Bruce", "Kirby", "Edwards": a village's name is more often a person's
        // "David Parsons": a surname that is also a word ("parsons") leaves the name its evidence, but the document may
        // still show it a first name (the surname alone, or after other first names: "Rebecca Parsons").
        if (single && reading.SurnameToken < 0 && !upper && !headline && FollowedByCommonCapital(doc, end))
            (reading.SurnameToken, reading.SurnameIsWord) = (end, true);
        return reading;
    }

    /// <summary>
    /// A car maker's name is the car with a colour, "stolen" or a model year before it ("a silver Honda", "a 1993
    /// Honda"), or a body word or model after it ("Honda sedan", "Toyota Corolla").
    /// </summary>
    private bool NamesVehicle(Document doc, int first, int end) =>
        cues.Has(doc, first - 1, PlaceCue.VehicleBefore) || IsModelYear(doc, first - 1) || cues.Has(doc, end, PlaceCue.VehicleAfter);

    private static bool IsModelYear(Document doc, int token) =>
        token >= 0 && doc.Tokens[token].IsNumber && doc.FoldedOf(token) is { Length: 4 } year && (year.StartsWith("19") || year.StartsWith("20"));

    /// <summary>
    /// "near Newton and 16th avenues", "Thompson and Colorado avenues": two streets named together, the street word
    /// once and in the plural after the second.
    /// </summary>
    private bool StreetsNamedTogether(Document doc, int first, int end)
    {
        // "16th" may be one token or a number and its suffix.
        if (doc.TokenIs(end, "and") && end + 2 < doc.Tokens.Length && (doc.Tokens[end + 1].Shape != TokenShape.Lower || char.IsAsciiDigit(doc.FoldedOf(end + 1)[0])))
        {
            var next = doc.Tokens[end + 1].IsNumber && doc.FoldedOf(end + 2) is "st" or "nd" or "rd" or "th" ? end + 3 : end + 2;
            if (IsStreetPlural(doc, next)) return true;
        }
        if (IsStreetPlural(doc, end) && first >= 2 && doc.TokenIs(first - 1, "and") && doc.Tokens[first - 2].Shape != TokenShape.Lower) return true;
        return false;
    }

    /// <summary>
    /// "the intersection of Poydras and Bolivar", "the corner of Main and Bolivar": two names joined by "and" (or "&amp;")
    /// after a crossing word and "of" are streets, the street word left out.
    /// </summary>
    private bool AtCrossing(Document doc, int first, int end)
    {
        // The first of the two: "of" and the crossing word before, "and" after.
        if (doc.TokenIs(first - 1, "of") && cues.Has(doc, first - 2, PlaceCue.Crossing) && (doc.TokenIs(end, "and") || doc.TokenIs(end, "&")))
            return true;
        // "near Craig and Lamb", "at Bolivar and Dunbar": the first of two names after "near" or "at", joined to one that is
        // no place, is a street of a crossing too.
        if ((doc.TokenIs(first - 1, "near") || doc.TokenIs(first - 1, "at")) && (doc.TokenIs(end, "and") || doc.TokenIs(end, "&")))
        {
            var after = end + 1;
            while (after - end - 1 < MaxStreetWords && after < doc.Tokens.Length && doc.Tokens[after] is { IsWord: true, Shape: TokenShape.Capitalized }) after++;
            if (after > end + 1 && !NamesPlace(doc, end + 1, after)) return true;
        }
        // The second: "and" before, then the first name's capitalised words back to "of" and the crossing word.
        if (!doc.TokenIs(first - 1, "and") && !doc.TokenIs(first - 1, "&")) return false;
        var k = first - 2;
        for (var words = 0; words < MaxStreetWords && k >= 0 && doc.Tokens[k].IsWord && doc.Tokens[k].Shape != TokenShape.Lower; words++) k--;
        if (k < first - 2 && doc.TokenIs(k, "of") && cues.Has(doc, k - 1, PlaceCue.Crossing)) return true;
        // "near Camino Verde and Valencia", "at Dunbar and Lakeview": after "near" or "at", a name joined to one that is
        // no place is the other street of a crossing.
        return k < first - 2 && (doc.TokenIs(k, "near") || doc.TokenIs(k, "at")) && !NamesPlace(doc, k + 1, first - 1);
    }

    /// <summary>Whether the tokens from <paramref name="start"/> to <paramref name="end"/> are one place's name.</summary>
    private bool NamesPlace(Document doc, int start, int end) =>
        lexicon.TryMatchAt(doc, start, out var match) && match.EndToken == end && (match.Value.Places.Length > 0 || match.Value.FacilityType is not null);

    /// <summary>A street's name has at most this many words ("Martin Luther King Jr").</summary>
    private const int MaxStreetWords = 4;

    private bool IsStreetPlural(Document doc, int token)
    {
        if (token >= doc.Tokens.Length || !doc.Tokens[token].IsWord) return false;
        var word = doc.FoldedOf(token);
        return word.Length > 2 && word[^1] == 's' && cues.IsStreetWord(word[..^1]);
    }

    /// <summary>
    /// Where a street's bare name stands: after "near", "at" or "the", or before or after "and", and no agency of it acts.
    /// </summary>
    private bool StreetSlot(Document doc, int first, int end) =>
        (doc.TokenIs(first - 1, "near") || doc.TokenIs(first - 1, "at") || doc.TokenIs(first - 1, "the") || doc.TokenIs(first - 1, "and") || doc.TokenIs(end, "and")) &&
        !relations.ActsAfter(doc, end);

    /// <summary>Whether the document names a street after the name elsewhere ("Kensington Avenue").</summary>
    private bool NamesStreetElsewhere(Document doc, int first, int end)
    {
        var name = doc.Folded.AsSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End - doc.Tokens[first].Start);
        var folded = doc.Folded.AsSpan();
        for (var from = 0; from < folded.Length;)
        {
            var at = folded[from..].IndexOf(name, StringComparison.Ordinal);
            if (at < 0) return false;
            at += from;
            var k = doc.TokenAt(at + name.Length);
            if (k < doc.Tokens.Length && k > 0 && doc.Tokens[k - 1].End == at + name.Length && cues.Has(doc, k, PlaceCue.Street) &&
                doc.Tokens[k].Shape != TokenShape.Lower)
                return true;
            from = at + name.Length;
        }
        return false;
    }

    /// <summary>Capitalised as a name: first word capitalised, later words too unless particles ("Madre de Dios").</summary>
    private bool WrittenAsName(Document doc, int first, int end)
    {
        if (doc.Tokens[first].Shape is TokenShape.Lower or TokenShape.None && doc.Tokens[first].IsWord) return false;
        for (var k = first + 1; k < end; k++)
        {
            var token = doc.Tokens[k];
            // "Prince George's County": the possessive's "s" is no lower-case word of the name.
            if (token.IsWord && token.Shape == TokenShape.Lower && (cues.Of(doc, k) & PlaceCue.Particle) == 0 && !(doc.TokenIs(k - 1, "'") && doc.TokenIs(k, "s")))
                return false;
        }
        return true;
    }

    private static bool WrittenExactly(Document doc, TextSpan span, string form, bool upper)
    {
        var text = doc.Slice(span);
        if (!upper) return text.SequenceEqual(form);
        if (text.Length != form.Length) return false;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != char.ToUpperInvariant(form[i]))
                return false;
        return true;
    }

    /// <summary>
    /// The cue of the word before a name, looking past one "the" ("in the Punjab"); "the city of", "a town of" count
    /// as "in" ("in the southern city of Karachi", "THE TOWN OF USULUTAN").
    /// </summary>
    private PlaceCue LocativeBefore(Document doc, int first)
    {
        var k = first - 1;
        if (doc.TokenIs(k, "the")) k--;
        if (doc.TokenIs(k, "of") && cues.Has(doc, k - 1, PlaceCue.TownWord)) return PlaceCue.Locative;
        // "in rural Foxhome", "in downtown Chicago": a lower-case modifier between "in" and the name. Not a word that
        // makes a region of a name ("in central Toledo" is no surer a town: Toledo is a district of Belize too).
        if (k > 0 && doc.Tokens[k].Shape == TokenShape.Lower && (cues.Of(doc, k) & (PlaceCue.Modifier | PlaceCue.RegionSide)) == PlaceCue.Modifier &&
            (cues.Of(doc, k - 1) & PlaceCue.Locative) != 0)
            return PlaceCue.Locative;
        // "on Baltimore Ave. near McHenry": "near" right after a street names the cross street, which only a town's name
        // may share; the name keeps what else the document says of it, but "near" vouches for no town.
        if (doc.TokenIs(k, "near") && AfterStreet(doc, k)) return PlaceCue.None;
        return cues.Of(doc, k);
    }

    /// <summary>"Baltimore Ave. near", "Mohawk Drive near": the word before <paramref name="token"/> ends a street's name.</summary>
    private bool AfterStreet(Document doc, int token)
    {
        var k = token - 1;
        if (k >= 1 && doc.TokenIs(k, ".")) k--;
        return k >= 0 && doc.Tokens[k].IsWord && cues.IsStreetWord(doc.FoldedOf(k));
    }

    /// <summary>
    /// "Kevin Jackson", "Gonzalez-Delgado": a capitalised word before (or before a hyphen joined to the name) that is
    /// no place or cue word ("Downtown Chicago", "In Karachi").
    /// </summary>
    private NameWord NameWordBefore(Document doc, int first)
    {
        var k = first - 1;
        if (k < 0) return NameWord.None;
        if (k >= 1 && doc.TokenIs(k, "-") && doc.Tokens[k].Start == doc.Tokens[k - 1].End && doc.Tokens[k].End == doc.Tokens[first].Start) k--;
        ref readonly var sentence = ref doc.SentenceOfToken(first);
        // "Juwan D. Jackson": a first name and a middle initial.
        if (!sentence.IsHeadline && k >= 2 && k - 2 >= sentence.FirstToken && doc.TokenIs(k, ".") && doc.Tokens[k - 1] is { IsWord: true, Shape: TokenShape.Upper or TokenShape.Capitalized } initial &&
            initial.Span.Length == 1 && doc.Tokens[k - 2] is { IsWord: true, Shape: TokenShape.Capitalized } && cues.Of(doc, k - 2) == PlaceCue.None)
            return NameWord.InSentence;
        var token = doc.Tokens[k];
        if (!token.IsWord || token.Shape is not (TokenShape.Capitalized or TokenShape.Mixed)) return NameWord.None;
        // A word of another sentence ("... on Wednesday. Baltimore police ...") says nothing about this name.
        if (sentence.IsHeadline || k < sentence.FirstToken) return NameWord.None;
        // "Kim Taylor", "Michael Parsons": a word that names only a village or a small region somewhere is a first name
        // here; "Downtown Chicago", "Tennessee Titans" are not.
        if (cues.Of(doc, k) != PlaceCue.None || lexicon.TryGetWord(doc.FoldedOf(k), out var entry) && (entry.Places.Length == 0 || IsKnownPlace(entry) || EndsPlacePhrase(doc, k)))
            return NameWord.None;
        return doc.OpensSentence(k) ? NameWord.SentenceStart : NameWord.InSentence;
    }

    private enum NameWord
    {
        None,
        /// <summary>The word before opens the sentence: a first name, or any word.</summary>
        SentenceStart,
        /// <summary>A capitalised word inside the sentence: a first name.</summary>
        InSentence,
    }

    /// <summary>
    /// "David Jackson", "Dallas Cowboys": a capitalised word after that is no cue, facility or common word
    /// ("Houston Police" is the city's police).
    /// </summary>
    private bool FollowedByNameWord(Document doc, int end)
    {
        if (end >= doc.Tokens.Length || doc.SentenceOfToken(end).FirstToken == end) return false;
        var token = doc.Tokens[end];
        if (!token.IsWord || token.Shape is not (TokenShape.Capitalized or TokenShape.Mixed)) return false;
        var word = doc.FoldedOf(end);
        if (cues.Of(doc, end) != PlaceCue.None || gazetteer.IsCommonWord(word)) return false;
        return !lexicon.TryGetWord(word, out var entry) || entry.FacilityType is null;
    }

    /// <summary>
    /// Whether the word at <paramref name="surname"/> stands elsewhere in the document alone as a person's name:
    /// capitalised, after no capitalised word or article and before none ("Mathis was", "said Mathis", "Mathis told";
    /// not "the Tribune", "Randy Mathis", "Fire crews said").
    /// </summary>
    public bool StandsAloneAsPerson(Document doc, int surname)
    {
        var word = doc.FoldedOf(surname);
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (k == surname || tokens[k].Shape != TokenShape.Capitalized || !doc.FoldedOf(k).SequenceEqual(word)) continue;
            if (k > 0 && tokens[k - 1].IsWord && (tokens[k - 1].Shape != TokenShape.Lower || FunctionWords.Default.Is(doc, k - 1, WordRole.Determiner))) continue;
            if (k + 1 < tokens.Length && tokens[k + 1].IsWord && tokens[k + 1].Shape != TokenShape.Lower) continue;
            if (cues.Has(doc, k - 1, PlaceCue.Speech) || cues.Has(doc, k + 1, PlaceCue.Speech) ||
                FunctionWords.Default.Is(doc, k + 1, WordRole.Aux | WordRole.Modal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Marsha Lynch ... Quincy Lynch": the capitalised word after a one-word name follows another first name elsewhere
    /// in the document and is nowhere a word of the text in lower case, nor a cue ("Street", "County"): a family's
    /// surname, so the name before it is a first name ("Quincy", Massachusetts, is no place here).
    /// </summary>
    public bool SharesSurname(Document doc, int surname, int first)
    {
        if (cues.Of(doc, surname) != PlaceCue.None) return false;
        var word = doc.FoldedOf(surname);
        var firstName = doc.FoldedOf(first);
        var tokens = doc.Tokens;
        var shared = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!tokens[k].IsWord || !doc.FoldedOf(k).SequenceEqual(word)) continue;
            if (tokens[k].Shape == TokenShape.Lower) return false;
            if (k == surname || k == 0) continue;
            var before = tokens[k - 1];
            shared |= before is { IsWord: true, Shape: TokenShape.Capitalized } && before.End + 1 == tokens[k].Start && before.Span.Length > 1 &&
                      !doc.FoldedOf(k - 1).SequenceEqual(firstName) && cues.Of(doc, k - 1) == PlaceCue.None && !PlaceBefore(doc, k);
        }
        return shared;
    }

    /// <summary>
    /// Whether the capitalised word before <paramref name="surname"/> is a place, or begins one with it ("Glen Burnie"):
    /// not a word that names only villages somewhere ("Myrtle Parsons", "Rebecca Parsons"), a first name as in
    /// <see cref="NameWordBefore"/>.
    /// </summary>
    private bool PlaceBefore(Document doc, int surname) =>
        lexicon.TryMatchAt(doc, surname - 1, out var match) &&
        (match.EndToken != surname || match.Value.Places.Length == 0 || IsKnownPlace(match.Value) || EndsPlacePhrase(doc, surname - 1));

    /// <summary>"Bladensburg High School", "Riverdale Elementary": a capitalised facility named after the town.</summary>
    private bool FollowedByFacility(Document doc, int end)
    {
        if (end >= doc.Tokens.Length || doc.Tokens[end].Shape is not (TokenShape.Capitalized or TokenShape.Upper)) return false;
        // "High School", "Medical Center": the facility phrase may start a word later ("Riverdale High School").
        for (var k = end; k < Math.Min(end + 2, doc.Tokens.Length); k++)
            if (lexicon.TryMatchAt(doc, k, out var match) && match.Value.FacilityType is not null) return true;
        return false;
    }

    /// <summary>Words of a Spanish name between its head word and a place's name: "Villa El Salvador", "Colonia de la Paz".</summary>
    private const int NameHeadReach = 2;

    /// <summary>"Villa", "Colonia" as the first word of a name: capitalised, or in upper-case copy.</summary>
    private bool IsNameHead(Document doc, int k, bool upper) =>
        k >= 0 && cues.Has(doc, k, PlaceCue.NameHead) && (upper || doc.Tokens[k].Shape == TokenShape.Capitalized);

    /// <summary>"VILLA EL SALVADOR", "Colonia Santa Lucía": the name stands after a head word, maybe past its articles.</summary>
    private bool AfterNameHead(Document doc, int first, bool upper)
    {
        var k = first - 1;
        for (var skipped = 0; skipped < NameHeadReach && k >= 0 && IsSpanishParticle(doc, k); skipped++) k--;
        return IsNameHead(doc, k, upper);
    }

    /// <summary>"el", "la", "de", "los": a particle of a Spanish name, not an English word ("and", "of", "the").</summary>
    private bool IsSpanishParticle(Document doc, int k) =>
        doc.Tokens[k].IsWord && cues.Has(doc, k, PlaceCue.Particle) && FunctionWords.Default.RolesOf(doc, k) == WordRole.None;

    /// <summary>"COLONIA MIRAMONTES": a word after the head that may be a name's (no cue, no function word; capitalised in mixed case).</summary>
    private bool NameFollows(Document doc, int end, bool upper)
    {
        if (end >= doc.Tokens.Length || !doc.Tokens[end].IsWord || doc.SentenceOfToken(end).FirstToken == end) return false;
        if (!upper && doc.Tokens[end].Shape is not (TokenShape.Capitalized or TokenShape.Mixed)) return false;
        var cue = cues.Of(doc, end);
        return (cue == PlaceCue.None || (cue & PlaceCue.Particle) != 0 && IsSpanishParticle(doc, end)) && FunctionWords.Default.RolesOf(doc, end) == WordRole.None;
    }

    /// <summary>"Garcia, 19, of Las Vegas", "Kendall Jr., 24": a name with an age after it (past a generational suffix) is a person's.</summary>
    private static bool FollowedByAge(Document doc, int end)
    {
        var k = AfterSuffix(doc, end);
        return doc.TokenIs(k, ",") && k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].IsNumber && doc.FoldedOf(k + 1).Length <= 3 &&
               (doc.TokenIs(k + 2, ",") || doc.TokenIs(k + 2, ")"));
    }

    /// <summary>
    /// "Viola Warren, 62": one capitalised word and an age after the name make it a first name, though the surname is
    /// a word of the language too ("warren"). The age may close the sentence ("her mother, Viola Warren, 62.").
    /// </summary>
    private bool AgedSurnameAfter(Document doc, int end) =>
        end < doc.Tokens.Length && doc.Tokens[end].IsWord && doc.Tokens[end].Shape == TokenShape.Capitalized &&
        doc.Tokens[end].Start == doc.Tokens[end - 1].End + 1 && cues.Of(doc, end) == PlaceCue.None &&
        (FollowedByAge(doc, end + 1) || doc.TokenIs(end + 1, ",") && end + 2 < doc.Tokens.Length && doc.Tokens[end + 2].IsNumber &&
         doc.FoldedOf(end + 2).Length <= 3 && doc.TokenIs(end + 3, "."));

    /// <summary>
    /// "22-year-old Kyle Carney", "19-year-old Marcus Lyman": an age and one capitalised word before the name make it a
    /// surname, though the first name is a town's too ("Kyle", Texas). "a 22-year-old Kansas City man" is read as one
    /// name and never gets here.
    /// </summary>
    private static bool AgedFirstNameBefore(Document doc, int first) =>
        first >= 3 && doc.Tokens[first - 1].IsWord && doc.Tokens[first - 1].Shape == TokenShape.Capitalized && doc.Tokens[first - 1].Span.Length > 1 &&
        doc.TokenIs(first - 2, "old") && doc.TokenIs(first - 3, "-") && doc.SentenceOfToken(first).FirstToken <= first - 2;

    /// <summary>
    /// The token after a generational suffix that follows a surname ("Jackson Jr.", "Kendall III"), or
    /// <paramref name="end"/> where none does: the suffix closes the name, it does not continue it.
    /// </summary>
    private static int AfterSuffix(Document doc, int end)
    {
        if (end >= doc.Tokens.Length || !doc.Tokens[end].IsWord || doc.Tokens[end].Start != doc.Tokens[end - 1].End + 1) return end;
        if (doc.FoldedOf(end) is "jr" or "sr") return doc.TokenIs(end + 1, ".") ? end + 2 : end + 1;
        return doc.Slice(doc.Tokens[end].Span) is "II" or "III" or "IV" ? end + 1 : end;
    }

    /// <summary>A capitalised word follows, past a generational suffix ("Kendall Jr. was" ends the name at "Jr.").</summary>
    private static bool FollowedByCapital(Document doc, int end)
    {
        var k = AfterSuffix(doc, end);
        return k < doc.Tokens.Length && doc.Tokens[k].IsWord && doc.Tokens[k].Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed;
    }

    /// <summary>
    /// "Douglass Park", "Camino Verde", "Willard Hay": a capitalised word follows in the same sentence that is no cue
    /// ("Tuesday", "County", "Police"), no place ("Portland Oregon") and no facility: the name begins a longer one.
    /// Not in a headline, where every word may be capitalised.
    /// </summary>
    private bool BeginsLongerName(Document doc, int end)
    {
        if (end >= doc.Tokens.Length || !doc.Tokens[end].IsWord || doc.Tokens[end].Shape is not (TokenShape.Capitalized or TokenShape.Mixed)) return false;
        ref readonly var sentence = ref doc.SentenceOfToken(end);
        if (sentence.IsHeadline || sentence.FirstToken == end || cues.Of(doc, end) != PlaceCue.None || relations.ActsAfter(doc, end)) return false;
        if (!lexicon.TryGetWord(doc.FoldedOf(end), out var entry)) return true;
        return entry.FacilityType is null && !entry.IsNotPlace && entry.Places.Length > 0 && gazetteer.IsCommonWord(doc.FoldedOf(end));
    }

    /// <summary>
    /// "Bourbon Street", "Bunny Friend", "Town Center": a capitalised word before in the same sentence that places or
    /// qualifies nothing ("in", "Downtown", "Officer", "Tuesday") and is no function word ("Two Mobile men", "At
    /// Mobile"): the name ends a longer one.
    /// </summary>
    private bool EndsLongerName(Document doc, int first)
    {
        var k = first - 1;
        if (k < 0 || !doc.Tokens[k].IsWord || doc.Tokens[k].Shape is not (TokenShape.Capitalized or TokenShape.Mixed)) return false;
        if (k < doc.SentenceOfToken(first).FirstToken) return false;
        return (cues.Of(doc, k) & ~(PlaceCue.Street | PlaceCue.TownWord | PlaceCue.NotCity)) == PlaceCue.None &&
               FunctionWords.Default.RolesOf(doc, k) == WordRole.None;
    }

    /// <summary>A capitalised word of the language follows, inside the sentence, that is no cue, agency or facility ("Parsons"; not "Police").</summary>
    private bool FollowedByCommonCapital(Document doc, int end) =>
        end < doc.Tokens.Length && doc.Tokens[end] is { IsWord: true, Shape: TokenShape.Capitalized } && doc.SentenceOfToken(end).FirstToken != end &&
        doc.Tokens[end].Start == doc.Tokens[end - 1].End + 1 && cues.Of(doc, end) == PlaceCue.None && gazetteer.IsCommonWord(doc.FoldedOf(end)) &&
        !relations.ActsAfter(doc, end) && !FollowedByFacility(doc, end);

    /// <summary>A capitalised word follows that is no facility or common word ("Police", "Station").</summary>
    private bool FollowedByNameOrPlace(Document doc, int end)
    {
        if (end >= doc.Tokens.Length || !doc.Tokens[end].IsWord || doc.Tokens[end].Shape == TokenShape.Lower) return false;
        if (doc.SentenceOfToken(end).FirstToken == end || cues.Has(doc, end, PlaceCue.Calendar)) return false;
        var word = doc.FoldedOf(end);
        if (gazetteer.IsCommonWord(word)) return false;
        return !lexicon.TryGetWord(word, out var entry) || entry.FacilityType is null;
    }

    /// <summary>
    /// Some place of the name is a country, a region or county with some people, a seat or capital, or a town of some
    /// size: named without support. ("Michael", a sheading of the Isle of Man, is not.)
    /// </summary>
    private bool IsKnownTown(PlaceReading reading)
    {
        foreach (var c in reading.Candidates)
            if (IsKnown(c.Place)) return true;
        return false;
    }

    /// <summary>Some place of the lexicon entry is named without support (<see cref="IsKnownTown"/>).</summary>
    private bool IsKnownPlace(PlaceLexiconEntry entry)
    {
        foreach (var c in entry.Places)
            if (IsKnown(c.Place)) return true;
        return false;
    }

    private bool IsKnown(Place place) => place.Kind switch
    {
        PlaceKind.City => place.Population >= KnownTownPopulation || place.Feature is "PPLA" or "PPLC",
        PlaceKind.Admin1 or PlaceKind.Admin2 => gazetteer.TownPopulation(place.Id) >= KnownTownPopulation,
        _ => true,
    };

    private static bool NamesGreatCity(PlaceReading reading)
    {
        foreach (var c in reading.Candidates)
            if (c.Place.Kind == PlaceKind.City && c.Place.Population >= GreatCityPopulation)
                return true;
        return false;
    }

    /// <summary>"Palm Beach State College": the word ends a place's name of two words.</summary>
    private bool EndsPlacePhrase(Document doc, int k) =>
        k >= 1 && doc.Tokens[k - 1].IsWord && lexicon.TryMatchAt(doc, k - 1, out var match) && match.EndToken == k + 1;

    private static bool IsWellKnown(PlaceReading reading)
    {
        foreach (var c in reading.Candidates)
            if (c.Place.Kind != PlaceKind.City || c.Place.Population >= WellKnownPopulation)
                return true;
        return false;
    }

    private static void RemoveTownsAndRegions(PlaceReading reading) =>
        reading.Candidates.RemoveAll(c => c.Place.Kind != PlaceKind.Country);

    private static int Letters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
            if (char.IsLetter(c))
                n++;
        return n;
    }
}
