using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Numbers;
using Sitrep.Text;

namespace Sitrep.Recognizers.Casualties;

/// <summary>
/// Finds casualty statements and binds each to the people it counts: "seven people, including
/// the three attackers, were killed", "killing at least 101", "left six people wounded", "the
/// other two were shot dead", "one of them blew himself up". Reads: tokens, Numbers. Writes: Casualties.
/// </summary>
/// <remarks>
/// Each phrase of the casualty lexicon is tried in the forms it allows, in the order the words
/// around it decide: a passive with its auxiliary ("were killed") reads its subject to the left;
/// an active verb ("killed two soldiers") its object to the right, and its agent to the left to
/// tell victims from attackers; a headline's bare participle ("Four Killed") or a noun ("seven
/// dead") the count right before it. Who a pronoun or "the other two" counts comes from the
/// statement before.
/// </remarks>
public sealed class CasualtyRecognizer(CasualtyLexicon lexicon, PersonNouns nouns, FunctionWords words)
{
    /// <summary>How many sentences back "them" or "the other two" may find the people they stand for.</summary>
    private const int AnaphoraReach = 2;

    public static CasualtyRecognizer Default { get; } = new(CasualtyLexicon.Default, PersonNouns.Default, FunctionWords.Default);

    /// <param name="actors">The actors found: in upper-case copy a name counts as a person only where something marks it
    /// as one, and a person the actor recognizer found is so marked.</param>
    public ImmutableArray<CasualtyMention> Find(Document doc, ImmutableArray<NumberMention> numbers, ImmutableArray<ActorMention> actors = default)
    {
        var byStart = new Dictionary<int, NumberMention>(numbers.Length);
        foreach (var number in numbers) byStart.TryAdd(number.FirstToken, number);
        var people = doc.IsUpperCase ? PersonTokens(doc, actors) : null;

        var found = ImmutableArray.CreateBuilder<CasualtyMention>();
        foreach (var sentence in doc.Sentences)
        {
            var matches = lexicon.FindAll(doc, sentence.FirstToken, sentence.EndToken);
            if (matches.IsEmpty) continue;
            var reading = new SentenceReading(doc, sentence, new PersonPhraseReader(doc, sentence, nouns, words, lexicon, byStart, people), byStart, found);
            foreach (var match in matches) Read(reading, match);
        }
        return found.DrainToImmutable();
    }

    /// <summary>For each token, the index of the named person whose mention holds it, or -1.</summary>
    private static int[] PersonTokens(Document doc, ImmutableArray<ActorMention> actors)
    {
        var people = new int[doc.Tokens.Length];
        Array.Fill(people, -1);
        if (actors.IsDefaultOrEmpty) return people;
        for (var i = 0; i < actors.Length; i++)
        {
            if (actors[i].Kind != ActorKind.Person) continue;
            for (var k = Math.Max(0, actors[i].FirstToken); k < Math.Min(people.Length, actors[i].EndToken); k++) people[k] = i;
        }
        return people;
    }

    private void Read(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match)
    {
        var senses = match.Value;
        var left = LeftContext.Of(r.Doc, r.Sentence, match.FirstToken, words);
        if (left.Hypothetical || DiedOfNaturalCauses(r, match)) return;
        // "had neutralized all three": a perfect is active.
        if (left.PerfectOnly) left = left with { HasAux = false };

        foreach (var sense in Ordered(senses, left))
        {
            var read = sense.Form switch
            {
                CasualtyForm.Toll => ReadToll(r, match),
                CasualtyForm.Leave => ReadLeave(r, match),
                CasualtyForm.Fatally => ReadFatally(r, match),
                CasualtyForm.Passive when left.HasAux || left.Relative >= 0 => ReadSubject(r, match, sense, left),
                CasualtyForm.Intransitive => ReadSubject(r, match, sense, left),
                CasualtyForm.Active when !left.HasAux => ReadObject(r, match, sense),
                CasualtyForm.Passive or CasualtyForm.Noun when !left.HasAux => ReadBareCount(r, match, sense),
                _ => false,
            };
            if (read) return;
        }
    }

    /// <summary>The readings worth trying, most specific first.</summary>
    private static IEnumerable<CasualtySense> Ordered(ImmutableArray<CasualtySense> senses, LeftContext left)
    {
        foreach (var form in FormOrder(left))
            foreach (var sense in senses)
                if (sense.Form == form)
                    yield return sense;
    }

    private static CasualtyForm[] FormOrder(LeftContext left) => left.HasAux
        ? [CasualtyForm.Toll, CasualtyForm.Passive, CasualtyForm.Intransitive, CasualtyForm.Leave, CasualtyForm.Fatally]
        : [CasualtyForm.Toll, CasualtyForm.Leave, CasualtyForm.Fatally, CasualtyForm.Intransitive, CasualtyForm.Active, CasualtyForm.Passive, CasualtyForm.Noun];

    /// <summary>"died of a heart attack", "died from cancer": a death, not a casualty of violence.</summary>
    private bool DiedOfNaturalCauses(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match)
    {
        var at = match.EndToken;
        if (at >= r.Sentence.EndToken || r.Doc.FoldedOf(at) is not ("of" or "from" or "to")) return false;
        for (var k = at + 1; k < Math.Min(r.Sentence.EndToken, at + 4); k++)
            if (lexicon.NaturalCauses.TryMatchAt(r.Doc, k, out _, r.Sentence.EndToken)) return true;
        return false;
    }

    // ----- forms -----

    private bool ReadSubject(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match, CasualtySense sense, LeftContext left)
    {
        // "were transported to a hospital with gunshot wounds": the wounds are those of the people just counted.
        var subject = r.Doc.FoldedOf(match.FirstToken) is "with" or "suffering" && r.LastSubject is { } last
            ? last
            : FindSubject(r, left);
        if (subject is null) return false;
        var side = IsSelfInflicted(r.Doc, match) ? CasualtySide.Perpetrators : subject.Side;
        var byAgent = AgentAfter(r, match.EndToken);
        side = SideGivenAgent(side, subject.Class, byAgent);
        Emit(r, match, sense.Outcome!.Value, subject, side, left.Negated, subject.Span.Cover(match.Span),
            condition: sense.Form == CasualtyForm.Intransitive && sense.Outcome != CasualtyOutcome.Killed);
        return true;
    }

    private bool ReadObject(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match, CasualtySense sense)
    {
        var at = match.EndToken;
        // "the injured girl", "a wounded man": after a determiner a participle is an adjective.
        if (match.EndToken - match.FirstToken == 1 && r.Doc.FoldedOf(match.FirstToken).EndsWith("ed") &&
            match.FirstToken > r.Sentence.FirstToken && r.Doc.FoldedOf(match.FirstToken - 1) is "the" or "a" or "an" or "this" or "that")
            return false;
        // "killed at least four people": the object follows; "killed in the attack" has none.
        var obj = r.Phrases.ReadCoordinated(at);
        if (obj is null || obj.Head == PersonPhraseHead.Pronoun && obj.Count is null) return false;
        if (obj.Head == PersonPhraseHead.Name && IsReportingClause(r, obj.EndToken)) return false;
        var agent = r.Phrases.ReadEndingAt(LeftContext.Of(r.Doc, r.Sentence, match.FirstToken, words).Position);
        var side = SideGivenAgent(obj.Side, obj.Class, agent);
        // A reflexive object is the attacker himself: "the gunman shot himself".
        if (obj.Head == PersonPhraseHead.Pronoun && r.Doc.FoldedOf(obj.FirstToken) is "himself" or "herself" or "themselves")
            side = CasualtySide.Perpetrators;
        Emit(r, match, sense.Outcome!.Value, obj, side, false, match.Span.Cover(obj.Span));
        return true;
    }

    /// <summary>"Four Killed", "two people killed in the blast", "seven dead": a count right before.</summary>
    private bool ReadBareCount(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match, CasualtySense sense)
    {
        var subject = r.Phrases.ReadEndingAt(match.FirstToken);
        if (subject?.Count is null || subject.Head is PersonPhraseHead.Pronoun or PersonPhraseHead.Name) return false;
        // "the injured" or "a wounded man" are not counts of the noun form.
        Emit(r, match, sense.Outcome!.Value, subject, subject.Side, false, subject.Span.Cover(match.Span));
        return true;
    }

    /// <summary>"the death toll rose to 7", "a death toll of at least 30".</summary>
    private bool ReadToll(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match)
    {
        for (var at = match.EndToken; at < Math.Min(r.Sentence.EndToken, match.EndToken + 7); at++)
        {
            if (r.Numbers.TryGetValue(at, out var number) && number.Form != NumberForm.Ordinal)
            {
                var phrase = r.Phrases.ReadCoordinated(at) ?? Counted(r, number);
                Emit(r, match, CasualtyOutcome.Killed, phrase, phrase.Side, false, match.Span.Cover(phrase.Span));
                return true;
            }
            if (!r.Doc.Tokens[at].IsWord) return false;
        }
        return false;
    }

    /// <summary>"left six people wounded", "leaving three dead and five injured".</summary>
    private bool ReadLeave(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match)
    {
        var at = match.EndToken;
        var any = false;
        while (at < r.Sentence.EndToken)
        {
            var phrase = r.Phrases.ReadCoordinated(at);
            if (phrase?.Count is null || phrase.EndToken >= r.Sentence.EndToken) break;
            if (!lexicon.TryMatchAt(r.Doc, phrase.EndToken, out var outcomeWord, r.Sentence.EndToken)) break;
            var outcome = outcomeWord.Value.Select(s => s.Outcome).FirstOrDefault(o => o is CasualtyOutcome.Killed or CasualtyOutcome.Wounded);
            if (outcome is null) break;
            Emit(r, match, outcome.Value, phrase, phrase.Side, false, match.Span.Cover(outcomeWord.Span));
            any = true;
            at = outcomeWord.EndToken;
            if (at < r.Sentence.EndToken && r.Doc.TokenIs(at, ",")) at++;
            if (at < r.Sentence.EndToken && r.Doc.TokenIs(at, "and")) at++;
            else break;
        }
        return any;
    }

    /// <summary>"two people were shot, one fatally": the count just before "fatally".</summary>
    private bool ReadFatally(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match)
    {
        var phrase = r.Phrases.ReadEndingAt(match.FirstToken);
        if (phrase?.Count is null) return false;
        var start = phrase.FirstToken;
        if (start <= r.Sentence.FirstToken || !r.Doc.TokenIs(start - 1, ",")) return false;
        var side = r.Previous(CasualtyOutcome.Hit)?.Side ?? phrase.Side;
        Emit(r, match, CasualtyOutcome.Killed, phrase, side, false, phrase.Span.Cover(match.Span));
        return true;
    }

    // ----- subjects, agents and sides -----

    private PersonPhrase? FindSubject(SentenceReading r, LeftContext left)
    {
        if (left.Relative >= 0)
        {
            // "a boy who was wounded", "the boy, who was wounded"
            var end = left.Relative;
            if (end > r.Sentence.FirstToken && r.Doc.TokenIs(end - 1, ",")) end--;
            return r.Phrases.ReadEndingAt(end);
        }
        var position = left.Position;
        var subject = position > r.Sentence.FirstToken && r.Doc.TokenIs(position - 1, ",")
            ? SubjectBeforeAppositive(r, position - 1)
            : r.Phrases.ReadEndingAt(position);
        return subject
               ?? SubjectOfRelativeClause(r, position)
               ?? SubjectBeforeDashes(r, position)
               ?? SubjectBeforePrepositionalPhrase(r, position)
               ?? SubjectBeforeAuxiliary(r, position)
               ?? ObjectOfFound(r, position);
    }

    /// <summary>
    /// "three other people -- two men and a woman -- were wounded": the subject stands before an
    /// aside set off by dashes ("--", an em or en dash).
    /// </summary>
    private static PersonPhrase? SubjectBeforeDashes(SentenceReading r, int position)
    {
        var closing = DashEndingAt(r.Doc, position, r.Sentence.FirstToken);
        if (closing < 0) return null;
        for (var k = closing; k > Math.Max(r.Sentence.FirstToken, closing - MaxDashAside); k--)
            if (DashEndingAt(r.Doc, k, r.Sentence.FirstToken) is var opening and >= 0)
                return r.Phrases.ReadEndingAt(opening);
        return null;
    }

    /// <summary>How many tokens an aside between dashes may hold.</summary>
    private const int MaxDashAside = 20;

    /// <summary>The first token of a dash that ends right before <paramref name="end"/>: "—", "–", or "--" written as two hyphens; -1 if none.</summary>
    private static int DashEndingAt(Document doc, int end, int floor)
    {
        if (end - 1 < floor) return -1;
        if (doc.Tokens[end - 1].Span.Length == 1 && doc.Text[doc.Tokens[end - 1].Span.Start] is '\u2014' or '\u2013') return end - 1;
        return end - 2 >= floor && doc.TokenIs(end - 1, "-") && doc.TokenIs(end - 2, "-") ? end - 2 : -1;
    }

    /// <summary>"three people at the scene were taken": the subject stands before a short place phrase.</summary>
    private PersonPhrase? SubjectBeforePrepositionalPhrase(SentenceReading r, int position)
    {
        for (var k = position - 1; k > Math.Max(r.Sentence.FirstToken, position - 7); k--)
        {
            if ((words.RolesOf(r.Doc, k) & WordRole.Preposition) == 0) continue;
            return r.Phrases.ReadEndingAt(k) is { Head: PersonPhraseHead.Noun or PersonPhraseHead.Name } phrase ? phrase : null;
        }
        return null;
    }

    /// <summary>
    /// "two juveniles and a man were transported to a medical center with gunshot wounds": the
    /// subject of the clause stands before its auxiliary, a few words back.
    /// </summary>
    private PersonPhrase? SubjectBeforeAuxiliary(SentenceReading r, int position)
    {
        for (var k = position - 1; k > Math.Max(r.Sentence.FirstToken, position - 12); k--)
        {
            var roles = words.RolesOf(r.Doc, k);
            if ((roles & WordRole.Relative) != 0 || r.Doc.TokenIs(k, ",")) return null;
            if ((roles & WordRole.Aux) == 0) continue;
            var end = k;
            while (end > r.Sentence.FirstToken && (words.RolesOf(r.Doc, end - 1) & (WordRole.Aux | WordRole.Adverb)) != 0) end--;
            return r.Phrases.ReadEndingAt(end);
        }
        return null;
    }

    /// <summary>"officers found a man with gunshot wounds": the people found.</summary>
    private static PersonPhrase? ObjectOfFound(SentenceReading r, int position)
    {
        for (var k = position - 1; k > Math.Max(r.Sentence.FirstToken, position - 12); k--)
        {
            if (r.Doc.FoldedOf(k) is not ("found" or "discovered" or "located" or "find")) continue;
            return r.Phrases.ReadCoordinated(k + 1, position) is { Count: not null } phrase ? phrase : null;
        }
        return null;
    }

    /// <summary>"A boy who was wounded in a shooting on Friday died": the subject stands before "who".</summary>
    private static PersonPhrase? SubjectOfRelativeClause(SentenceReading r, int position)
    {
        for (var k = position - 1; k > Math.Max(r.Sentence.FirstToken, position - 24); k--)
        {
            if (!r.Doc.TokenIs(k, "who")) continue;
            var end = r.Doc.TokenIs(k - 1, ",") ? k - 1 : k;
            return r.Phrases.ReadEndingAt(end);
        }
        return null;
    }

    /// <summary>
    /// "Antwonia Heyward, 20, of North Charleston, was shot": the subject stands before a chain of
    /// comma-separated appositives; take the earliest phrase of the chain that names people.
    /// </summary>
    private static PersonPhrase? SubjectBeforeAppositive(SentenceReading r, int lastComma)
    {
        var commas = new List<int> { lastComma };
        for (var k = lastComma - 1; k >= Math.Max(r.Sentence.FirstToken, lastComma - 20) && commas.Count < 4; k--)
            if (r.Doc.TokenIs(k, ",")) commas.Add(k);
        for (var i = commas.Count - 1; i >= 0; i--)
        {
            var phrase = r.Phrases.ReadEndingAt(commas[i], notBefore: i + 1 < commas.Count ? commas[i + 1] + 1 : -1);
            if (phrase is { Head: PersonPhraseHead.Noun or PersonPhraseHead.Name or PersonPhraseHead.Pronoun }) return phrase;
        }
        return null;
    }

    /// <summary>"killed by police", "wounded by militants".</summary>
    private static PersonPhrase? AgentAfter(SentenceReading r, int at)
    {
        if (at >= r.Sentence.EndToken || !r.Doc.TokenIs(at, "by")) return null;
        return r.Phrases.ReadCoordinated(at + 1);
    }

    /// <summary>People killed by attackers are victims; people of unknown side killed by security forces are attackers.</summary>
    private static CasualtySide SideGivenAgent(CasualtySide side, PersonClass cls, PersonPhrase? agent)
    {
        if (side != CasualtySide.Unknown || agent is null) return side;
        return agent.Class switch
        {
            PersonClass.Attacker => CasualtySide.Victims,
            PersonClass.Police or PersonClass.Military or PersonClass.Paramilitary or PersonClass.Security => CasualtySide.Perpetrators,
            _ => side,
        };
    }

    private static bool IsSelfInflicted(Document doc, PhraseMatch<ImmutableArray<CasualtySense>> match)
    {
        for (var k = match.FirstToken; k < match.EndToken; k++)
            if (doc.FoldedOf(k) is "himself" or "herself" or "themselves" or "own") return true;
        return false;
    }

    private static bool IsReportingClause(SentenceReading r, int at) =>
        at < r.Sentence.EndToken && r.Doc.FoldedOf(at) is "said" or "says" or "told";

    private static PersonPhrase Counted(SentenceReading r, NumberMention number) =>
        new(number.FirstToken, number.EndToken, number.Span, PersonPhraseHead.Number, number.Value, number.High, number.Qualifier,
            PersonClass.Person, null, number.Value != 1, false, false, false, [], "");

    private static void Emit(SentenceReading r, PhraseMatch<ImmutableArray<CasualtySense>> match, CasualtyOutcome outcome, PersonPhrase phrase,
        CasualtySide side, bool negated, TextSpan span, bool condition = false)
    {
        var cls = phrase.Class;
        var targetType = phrase.TargetType;
        if (phrase.IsAnaphoric && cls == PersonClass.Person && r.Antecedent(phrase) is { } antecedent)
        {
            cls = antecedent.Class;
            targetType = antecedent.TargetType;
            if (side == CasualtySide.Unknown) side = antecedent.Side;
        }
        r.LastSubject = phrase;
        var isNegated = negated || phrase.IsNegated;
        long? count = isNegated ? 0 : phrase.Count;
        // One person is known by the head of the phrase ("girl", a surname); a group by the whole phrase.
        var referent = count == 1 && phrase.HeadKey.Length > 0 ? phrase.HeadKey : r.Doc.Folded.Substring(phrase.Span.Start, phrase.Span.Length);
        r.Add(new CasualtyMention(span, outcome, phrase.Span, count, phrase.High, phrase.Qualifier, side, cls, targetType,
            phrase.Parts.IsDefault ? [] : phrase.Parts, referent, phrase.IsAdditional, isNegated, r.Sentence.Index, match.FirstToken)
        {
            Reference = phrase.Reference,
            IsCondition = condition,
        });
    }

    /// <summary>What one sentence's reading shares: the document, the phrase reader, and what was found so far.</summary>
    private sealed class SentenceReading(
        Document doc,
        Sentence sentence,
        PersonPhraseReader phrases,
        Dictionary<int, NumberMention> numbers,
        ImmutableArray<CasualtyMention>.Builder found)
    {
        public Document Doc => doc;
        public Sentence Sentence => sentence;
        public PersonPhraseReader Phrases => phrases;
        public Dictionary<int, NumberMention> Numbers => numbers;

        /// <summary>The people the sentence's last casualty statement counted.</summary>
        public PersonPhrase? LastSubject { get; set; }

        public void Add(CasualtyMention mention)
        {
            // One statement, one mention: "shot and killed" read twice would count twice.
            foreach (var m in found)
                if (m.Sentence == mention.Sentence && m.CountSpan == mention.CountSpan && m.Outcome == mention.Outcome) return;
            found.Add(mention);
        }

        public CasualtyMention? Previous(CasualtyOutcome outcome)
        {
            for (var i = found.Count - 1; i >= 0 && found[i].Sentence == sentence.Index; i--)
                if (found[i].Outcome == outcome) return found[i];
            return null;
        }

        /// <summary>The last statement, within reach, that says who its people were.</summary>
        public CasualtyMention? Antecedent(PersonPhrase phrase)
        {
            var sameSentenceOnly = phrase.IsAdditional && phrase.Head == PersonPhraseHead.Noun;
            for (var i = found.Count - 1; i >= 0; i--)
            {
                var m = found[i];
                if (sentence.Index - m.Sentence > (sameSentenceOnly ? 0 : AnaphoraReach)) break;
                if (m.Class != PersonClass.Person || m.Side is CasualtySide.Perpetrators or CasualtySide.Victims) return m;
            }
            return null;
        }
    }
}
