using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Numbers;
using Sitrep.Text;

namespace Sitrep.Recognizers.Casualties;

/// <summary>
/// Reads phrases that count people, in the order
/// <c>[negation] [determiner|quantifier] [number] [of the|of them] [modifiers] head [including ...]</c>,
/// with coordination ("two policemen, one paramilitary soldier and a civilian"). Reading to the
/// left of a verb is reading to the right from each possible start and keeping the longest
/// phrase that ends where it must.
/// </summary>
internal sealed class PersonPhraseReader
{
    private const int MaxModifiers = 3;
    private const int MaxLeftReach = 16;

    private static readonly FrozenSet<string> SingularPronouns = FrozenSet.ToFrozenSet(["he", "she", "him", "her", "himself", "herself"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> PluralPronouns = FrozenSet.ToFrozenSet(["they", "them", "themselves"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> AdditionalWords = FrozenSet.ToFrozenSet(["another", "other", "others", "second", "third", "fourth", "fifth", "more"], StringComparer.Ordinal);
    /// <summary>Capitalised words that are never names: "Friday died" is a time and a verb.</summary>
    private static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tonight",
    ], StringComparer.Ordinal);

    /// <summary>Last words that make a capitalised run a place or an organisation, not a person.</summary>
    private static readonly FrozenSet<string> NotPersonNames = FrozenSet.ToFrozenSet(
    [
        "center", "centre", "hospital", "clinic", "school", "college", "university", "academy", "street", "avenue", "road", "boulevard",
        "drive", "lane", "county", "city", "town", "township", "parish", "department", "office", "police", "church", "mosque", "station",
        "park", "mall", "club", "bar", "lounge", "hotel", "apartments", "complex", "court", "highway", "interstate", "bridge", "market",
        "company", "bank", "store", "restaurant", "news", "times", "post", "tribune", "press", "tv", "radio", "association", "medical",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoOne = FrozenSet.ToFrozenSet(["nobody", "none", "noone"], StringComparer.Ordinal);

    private readonly Document _doc;
    private readonly Sentence _sentence;
    private readonly PersonNouns _nouns;
    private readonly FunctionWords _words;
    private readonly CasualtyLexicon _lexicon;
    private readonly Dictionary<int, NumberMention> _numbersByStart;
    /// <summary>In upper-case copy, for each token the named person holding it (-1 for none); null in mixed case.</summary>
    private readonly int[]? _people;

    public PersonPhraseReader(Document doc, Sentence sentence, PersonNouns nouns, FunctionWords words, CasualtyLexicon lexicon,
        Dictionary<int, NumberMention> numbersByStart, int[]? people = null)
    {
        _people = people;
        _doc = doc;
        _sentence = sentence;
        _nouns = nouns;
        _words = words;
        _lexicon = lexicon;
        _numbersByStart = numbersByStart;
    }

    /// <summary>The longest person phrase that ends exactly before token <paramref name="end"/>.</summary>
    public PersonPhrase? ReadEndingAt(int end, int notBefore = -1)
    {
        var floor = Math.Max(Math.Max(_sentence.FirstToken, notBefore), end - MaxLeftReach);
        PersonPhrase? best = null;
        for (var start = end - 1; start >= floor; start--)
        {
            var phrase = ReadCoordinated(start, end);
            if (phrase is not null && phrase.EndToken == end) best = phrase;
        }
        return best;
    }

    /// <summary>A person phrase starting at <paramref name="start"/>, coordinated items included.</summary>
    public PersonPhrase? ReadCoordinated(int start, int end = int.MaxValue)
    {
        end = Math.Min(end, _sentence.EndToken);
        var first = ReadOne(start, end);
        if (first is null) return null;
        var items = new List<PersonPhrase> { first };
        var at = first.EndToken;
        var lastJoinedByAnd = false;
        while (at < end)
        {
            // ", and X", "and X", ", X" — each X must count people itself.
            var next = at;
            var comma = IsWord(next, ",");
            if (comma) next++;
            var and = next < end && (IsWord(next, "and") || IsWord(next, "or"));
            if (and) next++;
            if (next == at || next >= end) break;
            var item = ReadOne(next, end);
            if (item is null || item.Count is null || item.Head is PersonPhraseHead.Pronoun) break;
            if (items[^1].Count is null) break;
            items.Add(item);
            at = item.EndToken;
            lastJoinedByAnd = and;
            if (and) break;
        }
        // A list joined by commas alone is an appositive chain ("Miller County, AR teen"), not a sum.
        if (items.Count > 1 && !lastJoinedByAnd) items.RemoveRange(1, items.Count - 1);
        var phrase = items.Count == 1 ? first : Combine(items);
        return WithIncluding(phrase, end);
    }

    private PersonPhrase Combine(List<PersonPhrase> items)
    {
        var parts = ImmutableArray.CreateBuilder<CasualtyPart>();
        long total = 0;
        // "at least two soldiers and two militants": the qualifier opening a list bears on every item.
        var qualifier = items[0].Qualifier;
        foreach (var item in items)
        {
            total += item.Count ?? 0;
            var itemQualifier = item.Qualifier == Qualifier.Exact ? qualifier : item.Qualifier;
            if (item.Parts.IsDefaultOrEmpty)
                parts.Add(new CasualtyPart(item.Span, item.Count ?? 0, itemQualifier, item.Class, PersonPhrase.SideOf(item.Class, []), item.TargetType));
            else parts.AddRange(item.Parts);
        }
        var classes = items.Select(i => i.Class).Distinct().ToList();
        var cls = classes.Count == 1 ? classes[0] : PersonClass.Person;
        var span = items[0].Span.Cover(items[^1].Span);
        return items[0] with
        {
            EndToken = items[^1].EndToken,
            Span = span,
            Count = total,
            High = null,
            Qualifier = qualifier,
            Class = cls,
            TargetType = classes.Count == 1 ? items[0].TargetType : null,
            Plural = true,
            Parts = parts.ToImmutable(),
        };
    }

    /// <summary>
    /// "seven people, including the three attackers" and "two security officers — a policeman and
    /// a ranger —": the included part or the breakdown rides along as parts.
    /// </summary>
    private PersonPhrase WithIncluding(PersonPhrase phrase, int end)
    {
        var at = phrase.EndToken;
        if (at >= end) return phrase;
        var dash = IsDash(at) || IsWord(at, "(");
        var opener = dash || IsWord(at, ",");
        if (opener) at++;
        var including = at < end && IsWord(at, "including");
        if (!including && !dash) return phrase;
        var inner = ReadCoordinated(including ? at + 1 : at, end);
        if (inner?.Count is null) return phrase;
        var stop = inner.EndToken;
        if (!including)
        {
            // A breakdown stands between dashes or brackets and adds up to the whole.
            if (stop >= end || !(IsDash(stop) || IsWord(stop, ")"))) return phrase;
            if (phrase.Count is { } whole && whole != inner.Count) return phrase;
        }
        var parts = inner.Parts.IsDefaultOrEmpty
            ? [new CasualtyPart(inner.Span, inner.Count.Value, inner.Qualifier, inner.Class, PersonPhrase.SideOf(inner.Class, []), inner.TargetType)]
            : inner.Parts;
        if (opener && stop < end && (IsWord(stop, ",") || IsDash(stop) || IsWord(stop, ")"))) stop++;
        return phrase with { EndToken = stop, Span = phrase.Span.Cover(_doc.Tokens[stop - 1].Span), Parts = parts };
    }

    /// <summary>One person phrase without coordination.</summary>
    public PersonPhrase? ReadOne(int start, int end)
    {
        end = Math.Min(end, _sentence.EndToken);
        if (start >= end) return null;
        var at = start;
        var negated = false;
        var additional = false;
        var anaphoric = false;
        var definite = false;
        long? count = null;
        long? high = null;
        var qualifier = Qualifier.Exact;
        var countKnownSingular = false;

        // "no one", "nobody", "none of the ..."
        if (IsWord(at, "no") && at + 1 < end && IsWord(at + 1, "one"))
            return Bare(start, at + 2, PersonPhraseHead.Pronoun, 0, negated: true);
        if (NoOne.Contains(Folded(at)))
        {
            if (at + 1 < end && IsWord(at + 1, "of")) { negated = true; count = 0; at = SkipOfDeterminer(at + 1, end); }
            else return Bare(start, at + 1, PersonPhraseHead.Pronoun, 0, negated: true);
        }
        else if (IsWord(at, "no")) { negated = true; count = 0; at++; }

        // Pronouns.
        var word = Folded(at);
        var possessive = word is "her" or "his" && at + 1 < end && _doc.Tokens[at + 1].IsWord && _words.RolesOf(_doc, at + 1) == WordRole.None;
        if (at == start && SingularPronouns.Contains(word) && !possessive) return Bare(start, at + 1, PersonPhraseHead.Pronoun, 1, anaphoric: true);
        if (at == start && PluralPronouns.Contains(word)) return Bare(start, at + 1, PersonPhraseHead.Pronoun, null, anaphoric: true, plural: true);

        // Determiners and quantifiers: a, an, the, both, all, another, his, their, each ...
        if (at < end && _doc.Tokens[at].IsWord && !negated)
        {
            switch (word)
            {
                case "a" or "an":
                    count = 1; countKnownSingular = true; at++;
                    break;
                case "another":
                    count = 1; countKnownSingular = true; additional = true; at++;
                    // "another was wounded": the word stands for a person of its own.
                    if (at >= end || _words.RolesOf(_doc, at) is not WordRole.None || !_doc.Tokens[at].IsWord)
                        return Bare(start, at, PersonPhraseHead.Pronoun, 1, anaphoric: true) with { IsAdditional = true };
                    break;
                case "both":
                    count = 2; at++;
                    if (IsWord(at, "of")) at = SkipOfDeterminer(at, end);
                    break;
                case "all":
                    at++;
                    if (IsWord(at, "of")) at = SkipOfDeterminer(at, end);
                    else if (IsWord(at, "the")) at++;
                    break;
                case "the" or "this" or "that" or "these" or "those" or "his" or "her" or "their" or "its" or "each" or "every":
                    definite = true; at++;
                    break;
            }
        }
        if (at < end && IsWord(at, "other")) { additional = true; anaphoric = definite; at++; }

        // The number: "at least four", "14", "seven", "dozens".
        if (_numbersByStart.TryGetValue(at, out var number) && number.EndToken <= end && number.Form != NumberForm.Ordinal && !IsCompound(number.EndToken))
        {
            count = number.Value;
            high = number.High;
            qualifier = number.Qualifier;
            countKnownSingular = false;
            at = number.EndToken;
            // Partitive: "one of them", "two of the victims", "three of whom".
            if (IsWord(at, "of"))
            {
                var after = at + 1;
                if (after < end && Folded(after) is "them" or "whom" or "those" or "us")
                    return Bare(start, after + 1, PersonPhraseHead.Pronoun, count, anaphoric: true, plural: count != 1) with { High = high, Qualifier = qualifier };
                at = SkipOfDeterminer(at, end);
            }
        }
        else if (_numbersByStart.TryGetValue(at, out var ordinal) && ordinal.Form == NumberForm.Ordinal && ordinal.EndToken <= end && !negated)
        {
            // "a second victim", "the third man": there were at least that many.
            count = ordinal.Value;
            qualifier = Qualifier.AtLeast;
            countKnownSingular = false;
            at = ordinal.EndToken;
        }

        // Modifiers, then the head noun.
        var modifiersStart = at;
        var ageEnd = -1;
        for (var m = 0; m <= MaxModifiers && at < end; m++)
        {
            if (_nouns.TryMatchAt(_doc, at, out var noun, end))
            {
                // Prefer the longest head: "police officer" over "police" + modifier.
                var nounEnd = noun.EndToken;
                if (nounEnd < end && _nouns.TryMatchAt(_doc, nounEnd, out var longer, end) && !IsClauseWord(nounEnd))
                {
                    noun = longer;
                    nounEnd = longer.EndToken;
                }
                var value = noun.Value;
                // A singular noun is one person, with or without an article ("teen shot", "her daughter").
                if (count is null && !value.Plural && !negated) count = 1;
                if (value.Noun is "others" or "other") { additional = true; anaphoric = true; }
                return new PersonPhrase(start, nounEnd, Span(start, nounEnd), PersonPhraseHead.Noun, count, high, qualifier, value.Class,
                    value.TargetType, value.Plural, additional, negated, anaphoric || (definite && count is null), [], Folded(nounEnd - 1))
                {
                    IsDefinite = definite || possessive,
                };
            }
            if (!IsModifier(at, end)) break;
            var next = SkipModifier(at);
            if (IsAge(Math.Max(modifiersStart, next - 5), next)) ageEnd = next;
            at = next;
        }

        // "a 16-year-old was shot", "a 17-year-old and an 18-year-old": an age stands for a person.
        if (ageEnd == at && ageEnd > modifiersStart && !negated)
            return new PersonPhrase(start, at, Span(start, at), PersonPhraseHead.Noun, count ?? 1, high, qualifier, PersonClass.Person, null,
                false, additional, false, definite, [], AgeKey(modifiersStart, at)) { IsDefinite = definite };

        // No noun: a bare count ("the other two", "killing at least 101") or a name. A year is no count ("Shooting 2016").
        var year = number is { Form: NumberForm.Digits, Value: >= 1800 and <= 2100 } && number.EndToken == at;
        if (at == modifiersStart && count is not null && at > start && !countKnownSingular && !negated && !year)
            return new PersonPhrase(start, at, Span(start, at), PersonPhraseHead.Number, count, high, qualifier, PersonClass.Person, null,
                count != 1, additional, false, definite || additional, [], "");
        if (modifiersStart == start)
        {
            var nameEnd = ReadName(start, end);
            if (nameEnd > start && (!_doc.IsUpperCase || IsMarkedName(start, nameEnd))) return Bare(start, nameEnd, PersonPhraseHead.Name, 1) with { HeadKey = Folded(nameEnd - 1) };
        }
        return null;
    }

    private PersonPhrase Bare(int start, int end, PersonPhraseHead head, long? count, bool negated = false, bool anaphoric = false, bool plural = false) =>
        new(start, end, Span(start, end), head, count, null, Qualifier.Exact, PersonClass.Person, null, plural, false, negated, anaphoric, [],
            head == PersonPhraseHead.Pronoun ? Folded(start) : "");

    /// <summary>"16-year-old" whatever its spelling: the key of a person known by age.</summary>
    private string AgeKey(int from, int to)
    {
        var key = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
            if (_doc.Tokens[k].Kind != TokenKind.Punctuation) key.Append(Folded(k)).Append(' ');
        return key.ToString().TrimEnd();
    }

    /// <summary>"16-year-old", "three-month-old", "16-year old": an age compound.</summary>
    private bool IsAge(int from, int to)
    {
        if (to - from < 3 || Folded(to - 1) != "old") return false;
        for (var k = from; k < to; k++)
            if (Folded(k) is "year" or "years" or "month" or "months" or "week" or "weeks" or "day") return true;
        return false;
    }

    /// <summary>"of", "of the", "of them": the words between a quantifier and its noun.</summary>
    private int SkipOfDeterminer(int at, int end)
    {
        if (IsWord(at, "of")) at++;
        if (at < end && Folded(at) is "the" or "these" or "those" or "his" or "her" or "their") at++;
        return at;
    }

    /// <summary>"25-year-old", "two-story": a number joined by a hyphen to a word modifies, it does not count.</summary>
    private bool IsCompound(int after) =>
        after + 1 < _sentence.EndToken && IsWord(after, "-") && _doc.Tokens[after - 1].End == _doc.Tokens[after].Start && _doc.Tokens[after + 1].IsWord;

    private bool IsModifier(int at, int end)
    {
        var token = _doc.Tokens[at];
        // A count never stands among modifiers ("found two men"): it opens a phrase of its own.
        if (_numbersByStart.TryGetValue(at, out var number) && !IsCompound(number.EndToken)) return false;
        // "16-year-old": a number joined by a hyphen.
        if (token.IsNumber) return IsWord(at + 1, "-");
        if (!token.IsWord) return false;
        if (_words.RolesOf(_doc, at) != WordRole.None) return false;
        if (_lexicon.TryMatchAt(_doc, at, out _, end)) return false;
        return !IsClauseWord(at);
    }

    /// <summary>Moves past a modifier, with any hyphenated continuation ("16-year-old", "well-known").</summary>
    private int SkipModifier(int at)
    {
        at++;
        while (at + 1 < _sentence.EndToken && IsWord(at, "-") && _doc.Tokens[at - 1].End == _doc.Tokens[at].Start &&
               (_doc.Tokens[at + 1].IsWord || _doc.Tokens[at + 1].IsNumber))
            at += 2;
        return at;
    }

    /// <summary>Words that open a new clause, never a modifier: reporting verbs and the like.</summary>
    private bool IsClauseWord(int at) => Folded(at) is "said" or "says" or "told" or "say" or "according" or "reported" or "police";

    /// <summary>
    /// In upper-case copy any run of words could be a name, so a run counts as one person only where
    /// something marks it: the actor recognizer found a person there, a title stands before it
    /// ("CITIZEN JUAN PEREZ", "MAYOR ..."; not "OTHER STRUCTURES"), or an age follows it ("JUAN PEREZ, 42,").
    /// </summary>
    private bool IsMarkedName(int start, int nameEnd)
    {
        if (_people is not null && _people[start] >= 0 && _people[nameEnd - 1] == _people[start]) return true;
        if (start > _sentence.FirstToken && _nouns.TryMatchAt(_doc, start - 1, out var title, start) &&
            title.Value is { Plural: false, Noun: not "other" }) return true;
        return IsAgeApposition(nameEnd);
    }

    /// <summary>", 42," or ", 42 YEARS OLD," right after a name.</summary>
    private bool IsAgeApposition(int at)
    {
        var limit = _sentence.EndToken;
        if (at + 2 >= limit || !IsWord(at, ",") || !_doc.Tokens[at + 1].IsNumber) return false;
        return IsWord(at + 2, ",") || IsWord(at + 2, "years") || IsWord(at + 2, "year");
    }

    /// <summary>A run of capitalised words that is not a sentence-opening common word: a name.</summary>
    private int ReadName(int start, int end)
    {
        var at = start;
        while (at < end && at - start < 4)
        {
            var token = _doc.Tokens[at];
            if (!token.IsWord || token.Shape is not (TokenShape.Capitalized or TokenShape.Upper)) break;
            if (_words.RolesOf(_doc, at) != WordRole.None || _lexicon.TryMatchAt(_doc, at, out _, end) || CalendarWords.Contains(Folded(at))) break;
            // Where every word is in capitals, an English inflection ("REPORTED", "OPERATIONS") is no name word.
            if (_doc.IsUpperCase && NameReader.LooksInflected(Folded(at))) break;
            at++;
            // Hyphenated surnames: "Brandon-Lucket".
            if (at + 1 < end && IsWord(at, "-") && _doc.Tokens[at + 1].Shape == TokenShape.Capitalized) at += 2;
        }
        if (at == start) return start;
        if (_sentence.IsHeadline) return start;
        if (NotPersonNames.Contains(Folded(at - 1))) return start;
        return at;
    }

    private bool IsWord(int at, string folded) => _doc.TokenIs(at, folded);

    private bool IsDash(int at) => (uint)at < (uint)_doc.Tokens.Length && _doc.Tokens[at].IsPunctuation && _doc.Folded[_doc.Tokens[at].Start] == '-';

    private string Folded(int at) => (uint)at < (uint)_doc.Tokens.Length ? _doc.FoldedOf(at).ToString() : "";

    private TextSpan Span(int start, int end) => new(_doc.Tokens[start].Start, _doc.Tokens[end - 1].End);
}
