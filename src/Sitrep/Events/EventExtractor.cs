using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Places;
using Sitrep.Recognizers.Time;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>What the event extractor found in one document.</summary>
/// <param name="UnattachedClaims">Claims in sentences that name no event ("The TTP, in a brief statement, claimed responsibility."):
/// they speak of the document's main incident.</param>
/// <param name="UnattachedWeapons">Weapons named in sentences without an event word ("They used a rocket on the gate"):
/// they too belong to the main incident.</param>
public sealed record EventExtraction(ImmutableArray<EventMention> Events, ImmutableArray<ClaimMention> UnattachedClaims, ImmutableArray<WeaponMention> UnattachedWeapons);

/// <summary>
/// Finds event mentions: event words ("assault", "blast", "kidnapped") and casualty statements
/// without one, and attaches to each, within its sentence, the casualties, times, places,
/// actors, weapons and claims that stand near it. Reads: Times, Places, Actors, Casualties.
/// Writes: Events.
/// </summary>
/// <remarks>
/// Plural event words ("attacks on security forces") name events in general and are left out,
/// as are hypothetical ones ("vowed to attack"). A bare killing verb right after an event word
/// is that event's predicate ("a bomb blast ... killed over 80 officers"), not an event of its own.
/// </remarks>
public sealed class EventExtractor(EventLexicons lexicons, FunctionWords words)
{
    /// <summary>How far (in tokens) a time, place, actor or weapon may stand from the event word it belongs to.</summary>
    private const int AttachWindow = 12;

    /// <summary>How far a killing verb may follow an event word and still be its predicate.</summary>
    private const int PredicateWindow = 12;

    /// <summary>How far after the event word its target may stand ("an attack on the central police station").</summary>
    private const int TargetReach = 6;

    public static EventExtractor Default { get; } = new(EventLexicons.Default, FunctionWords.Default);

    /// <summary>True when <paramref name="word"/> stands between <paramref name="from"/> and <paramref name="token"/>, within three tokens of the latter.</summary>
    private static bool PrecededBy(Document doc, int token, int from, string word)
    {
        for (var k = token - 1; k >= Math.Max(from, token - 3); k--)
            if (doc.TokenIs(k, word)) return true;
        return false;
    }

    public EventExtraction Extract(
        Document doc,
        ImmutableArray<NumberMention> numbers,
        ImmutableArray<TimeMention> times,
        ImmutableArray<PlaceMention> places,
        ImmutableArray<ActorMention> actors,
        ImmutableArray<CasualtyMention> casualties)
    {
        var events = ImmutableArray.CreateBuilder<EventMention>();
        var unattachedClaims = ImmutableArray.CreateBuilder<ClaimMention>();
        var unattachedWeapons = ImmutableArray.CreateBuilder<WeaponMention>();
        var numberEnds = numbers.Select(n => n.EndToken).ToHashSet();
        // Each layer bucketed by sentence once, so a sentence reads only its own mentions.
        var timesBy = BySentence(doc, times, t => t.Span);
        var placesBy = BySentence(doc, places, p => p.Span);
        var actorsBy = BySentence(doc, actors, a => a.Span);
        var casualtiesBy = BySentence(doc, casualties, c => c.Span);
        foreach (var sentence in doc.Sentences)
        {
            var sentenceTimes = timesBy[sentence.Index];
            if (IsStatistics(doc, sentence, sentenceTimes)) continue;
            var sentenceCasualties = casualtiesBy[sentence.Index];
            var anchors = FindAnchors(doc, sentence, sentenceCasualties, sentenceTimes, numberEnds);
            var claims = FindClaims(doc, sentence, actorsBy[sentence.Index]);
            if (anchors.Count == 0)
            {
                unattachedClaims.AddRange(claims);
                foreach (var weapon in lexicons.Weapons.FindAll(doc, sentence.FirstToken, sentence.EndToken))
                    unattachedWeapons.Add(new WeaponMention(weapon.Span, weapon.Value));
                continue;
            }
            var sentenceEvents = anchors.Select(a => new Builder(a)).ToList();
            Attach(doc, sentence, sentenceEvents, sentenceCasualties, sentenceTimes, placesBy[sentence.Index], actorsBy[sentence.Index], claims);
            foreach (var b in sentenceEvents)
                events.Add(b.Build(events.Count, sentence.Index));
        }
        return new EventExtraction(events.ToImmutable(), unattachedClaims.ToImmutable(), unattachedWeapons.ToImmutable());
    }

    private static List<T>[] BySentence<T>(Document doc, ImmutableArray<T> mentions, Func<T, TextSpan> span)
    {
        var buckets = new List<T>[doc.Sentences.Length];
        for (var i = 0; i < buckets.Length; i++) buckets[i] = [];
        foreach (var m in mentions) buckets[doc.SentenceAt(span(m).Start).Index].Add(m);
        return buckets;
    }

    /// <summary>
    /// "40,000 people have been killed since 1980", "shootings have killed 300 so far this year": a
    /// tally over a period reports no incident. Said by a cue phrase, or by "since" with a year.
    /// </summary>
    private bool IsStatistics(Document doc, Sentence sentence, List<TimeMention> times)
    {
        if (!lexicons.AggregateCues.FindAll(doc, sentence.FirstToken, sentence.EndToken).IsEmpty) return true;
        foreach (var time in times)
        {
            if (time.Kind is not (TimeKind.Year or TimeKind.Month)) continue;
            var before = doc.TokenAt(time.Span.Start) - 1;
            if (before >= sentence.FirstToken && doc.FoldedOf(before) is "since") return true;
        }
        return false;
    }

    /// <summary>An event word (or a casualty verb standing for one) in a sentence.</summary>
    private sealed record Anchor(int Token, int EndToken, TextSpan Span, EventClass Class, bool IsImplicit, EventReference Reference, TextSpan? EarlierCue);

    private List<Anchor> FindAnchors(Document doc, Sentence sentence, List<CasualtyMention> casualties, List<TimeMention> times, HashSet<int> numberEnds)
    {
        var anchors = new List<Anchor>();
        bool? accident = null; // read once per sentence, only where a death is told without a word of violence
        foreach (var match in lexicons.Triggers.FindAll(doc, sentence.FirstToken, sentence.EndToken))
        {
            if (IsGeneric(doc, match, numberEnds) || IsHypothetical(doc, sentence, match.FirstToken)) continue;
            var cls = match.Value.Class;
            // A killing verb after an event word is that event's predicate.
            if (cls.IsUnspecific && anchors.Count > 0 && match.FirstToken - anchors[^1].EndToken <= PredicateWindow) continue;
            if (cls.IsUnspecific && (accident ??= TellsOfAccident(doc, sentence))) continue;
            var reference = ReferenceOf(doc, sentence, match.FirstToken, out var determiner);
            var earlier = EarlierCue(doc, sentence, determiner, match, reference);
            if (earlier is { } cue && IsOutcomeOf(doc, cue, anchors, times)) earlier = null;
            anchors.Add(new Anchor(match.FirstToken, match.EndToken, match.Span, cls, false, reference, earlier));
        }
        // Casualty statements far from any event word stand for an event of their own, unless what
        // makes an event word unreal makes them unreal too ("denied the killing of five farmers").
        foreach (var casualty in casualties)
        {
            if (casualty.Sentence != sentence.Index) continue;
            if (anchors.Any(a => Math.Abs(a.Token - casualty.TriggerToken) <= PredicateWindow)) continue;
            var shooting = doc.FoldedOf(casualty.TriggerToken) is "shot" or "shooting" or "shoots";
            if (!shooting && (accident ??= TellsOfAccident(doc, sentence))) continue;
            if (IsHypothetical(doc, sentence, casualty.TriggerToken)) continue;
            var cls = lexicons.Taxonomy[shooting ? "shooting" : casualty.Outcome == CasualtyOutcome.Killed ? "killing" : "attack"];
            var token = doc.Tokens[casualty.TriggerToken];
            anchors.Add(new Anchor(casualty.TriggerToken, casualty.TriggerToken + 1, token.Span, cls, true, EventReference.Indefinite, null));
        }
        anchors.Sort((a, b) => a.Token.CompareTo(b.Token));
        return anchors;
    }

    /// <summary>
    /// "the crash killed 120 passengers", "two people died when the plane crashed": a death told
    /// in a sentence about an accident or a disaster, with no word of violence, was no attack.
    /// </summary>
    private bool TellsOfAccident(Document doc, Sentence sentence) =>
        !lexicons.AccidentCues.FindAll(doc, sentence.FirstToken, sentence.EndToken).IsEmpty;

    /// <summary>
    /// "attacks on security forces", "suicide attacks": plurals without a count name events in general;
    /// "twin blasts", "simultaneous attacks" are the parts of one event, and "the murders of" named
    /// victims ("the killings of two judges", "the attempted murders of five teenagers") are the killings of those people.
    /// </summary>
    private static bool IsGeneric(Document doc, PhraseMatch<Trigger> match, HashSet<int> numberEnds) =>
        match.Value.Plural && !numberEnds.Contains(match.FirstToken) && !(match.FirstToken > 0 && doc.FoldedOf(match.FirstToken - 1) is "twin" or "both" or "simultaneous" or "coordinated")
        && !(match.Value.Class.Name is "killing" or "assassination" or "kidnapping" && IsTheOf(doc, match))
        && !IsThePlacedAt(doc, match);

    /// <summary>"the shootings at a home", "the shootings near Lakeland": events the story has in mind, put at one place.</summary>
    private static bool IsThePlacedAt(Document doc, PhraseMatch<Trigger> match) =>
        match.FirstToken > 0 && doc.TokenIs(match.FirstToken - 1, "the") && doc.FoldedOf(match.EndToken) is "at" or "near" or "outside" or "inside";

    /// <summary>"the murders of", "the attempted murders of", "the alleged killings of": the event word between "the" and "of".</summary>
    private static bool IsTheOf(Document doc, PhraseMatch<Trigger> match)
    {
        var before = match.FirstToken - 1;
        if (before > 0 && doc.FoldedOf(before) is "attempted" or "alleged") before--;
        return before >= 0 && doc.TokenIs(before, "the") && doc.TokenIs(match.EndToken, "of");
    }

    /// <summary>How far back a word making an event unreal may stand ("denied that the army is bombing").</summary>
    private const int UnrealReach = 6;

    /// <summary>
    /// "vowed to attack", "threat of attack", "the mission of assassinating", "denied that the army is bombing", "a state of siege":
    /// nothing happened, or nothing violent. An unreal cue counts within a few words before the
    /// event word, in the same clause (no sentence punctuation between). An attempt did happen:
    /// "an attempt to murder the mayor", "two attempts to murder him", "they tried to kidnap him"
    /// report attacks that failed.
    /// </summary>
    private bool IsHypothetical(Document doc, Sentence sentence, int token)
    {
        for (var start = Math.Max(sentence.FirstToken, token - 3); start <= token; start++)
            if (lexicons.NotEvents.TryMatchAt(doc, start, out var phrase, sentence.EndToken) && phrase.EndToken > token) return true;
        var before = token - 1;
        if (before < sentence.FirstToken) return false;
        var word = doc.FoldedOf(before);
        if (word is "to" or "against") return !(before - 1 >= sentence.FirstToken && doc.FoldedOf(before - 1) is "attempt" or "attempts" or "tried" or "attempted");
        if (word is "of" && before - 1 >= sentence.FirstToken && doc.FoldedOf(before - 1) is "threat" or "risk" or "fear" or "wave" or "string" or "series" or "spate"
                or "mission" or "intention" or "aim" or "purpose" or "goal")
            return true;
        for (var k = before; k >= Math.Max(sentence.FirstToken, token - UnrealReach); k--)
        {
            if (doc.Tokens[k].IsPunctuation && doc.FoldedOf(k) is "," or ";" or ":" or "." or "\"") return false;
            if (lexicons.UnrealCues.TryMatchAt(doc, k, out var cue, token) && cue.EndToken <= token) return true;
        }
        return false;
    }

    /// <summary>The determiner of the event word: "an attack", "the January 31 blast", "that blast", "Friday's attack".</summary>
    private EventReference ReferenceOf(Document doc, Sentence sentence, int trigger, out int determiner)
    {
        determiner = trigger;
        // A verb ("stormed", "infiltrated") has no determiner: "the" before it belongs to its subject.
        if (doc.FoldedOf(trigger).EndsWith("ed")) return EventReference.Indefinite;
        for (var k = trigger - 1; k >= Math.Max(sentence.FirstToken, trigger - 6); k--)
        {
            var word = doc.FoldedOf(k);
            determiner = k;
            if (word is "a" or "an" or "another") return EventReference.Indefinite;
            if (word is "that" or "those") return EventReference.Demonstrative;
            if (word is "the" or "this" or "these" or "its" or "their" or "his" or "'s" or "'") return EventReference.Definite;
            var roles = words.RolesOf(doc, k);
            if (roles != WordRole.None && (roles & WordRole.Adverb) == 0) break;
            if (doc.Tokens[k].IsPunctuation && word is not ("-" or ".")) break;
        }
        determiner = trigger;
        return EventReference.Indefinite;
    }

    /// <summary>
    /// "three weeks after a mosque bombing", "after a bomb blast", "after the January blast": an
    /// event placed before the one reported. "after the attack", and headline-style "after attack",
    /// point back at the reported event and are no cue.
    /// </summary>
    private static TextSpan? EarlierCue(Document doc, Sentence sentence, int determiner, PhraseMatch<Trigger> match, EventReference reference)
    {
        if (AfterAnotherClause(doc, sentence, match.FirstToken) is { } clause) return clause;
        if (determiner == match.FirstToken) return null; // no determiner: headline style
        var cue = determiner - 1;
        if (cue < sentence.FirstToken) return null;
        if (doc.FoldedOf(cue) is not ("after" or "since" or "following" or "before" or "like" or "recalling")) return null;
        var modified = match.FirstToken - determiner > 1 || reference == EventReference.Indefinite;
        return modified ? doc.Tokens[cue].Span : null;
    }

    /// <summary>How far before its verb "after another" may open the clause that tells an earlier event.</summary>
    private const int AnotherClauseReach = 8;

    /// <summary>
    /// "comes six months after another family was found shot to death": a clause opened by "after another" (or "since",
    /// "following") tells of an earlier event of the same kind; its verb is no part of the one reported.
    /// </summary>
    private static TextSpan? AfterAnotherClause(Document doc, Sentence sentence, int trigger)
    {
        for (var k = trigger - 1; k > Math.Max(sentence.FirstToken, trigger - AnotherClauseReach); k--)
        {
            if (doc.Tokens[k].IsPunctuation && doc.FoldedOf(k) is not ("-" or "'")) return null;
            if (doc.TokenIs(k, "another") && doc.FoldedOf(k - 1) is "after" or "since" or "following") return doc.Tokens[k - 1].Span;
        }
        return null;
    }

    /// <summary>
    /// "One man is dead after a shooting", "two hurt following a hunting accident": where the clause
    /// before "after" tells no event of its own, only what came of one, the event after it is the one
    /// the sentence reports. A span of time ("two weeks after a bombing") or an event word of its
    /// own before it ("gunmen stormed a base after a bombing") still sets the event apart.
    /// </summary>
    private static bool IsOutcomeOf(Document doc, TextSpan cue, List<Anchor> before, List<TimeMention> times)
    {
        if (doc.Text.AsSpan(cue.Start, cue.Length) is not ("after" or "After" or "following" or "Following")) return false;
        if (times.Any(t => t.Span.Start <= cue.Start && t.Span.End >= cue.End)) return false;
        return !before.Any(a => !a.Class.IsUnspecific);
    }

    private List<ClaimMention> FindClaims(Document doc, Sentence sentence, List<ActorMention> actors)
    {
        var claims = new List<ClaimMention>();
        foreach (var match in lexicons.Claims.FindAll(doc, sentence.FirstToken, sentence.EndToken))
        {
            // "claimed" alone must be a claim of responsibility, not "claimed the lives of".
            if (match.EndToken - match.FirstToken == 1 && doc.FoldedOf(match.FirstToken) is "claimed" && !IsBareClaim(doc, sentence, match.EndToken))
                continue;
            var group = NearestGroup(actors, doc, sentence, match);
            if (group is null) continue;
            claims.Add(new ClaimMention(match.Span.Cover(group.Span), group, match.Value.Claimed, sentence.Index));
        }
        return claims;
    }

    /// <summary>"The TTP claimed the attack", "claimed it": "claimed" followed by an event or nothing.</summary>
    private bool IsBareClaim(Document doc, Sentence sentence, int after)
    {
        if (after >= sentence.EndToken || doc.Tokens[after].IsPunctuation) return true;
        var next = after;
        if (doc.FoldedOf(next) is "the" or "this" or "that" or "it") next++;
        return next >= sentence.EndToken || doc.FoldedOf(next) is "attack" or "assault" or "bombing" or "blast" or "responsibility" || lexicons.Triggers.TryMatchAt(doc, next, out _);
    }

    private static ActorMention? NearestGroup(List<ActorMention> actors, Document doc, Sentence sentence, PhraseMatch<ClaimPhrase> match)
    {
        ActorMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var actor in actors)
        {
            if (actor.Kind != ActorKind.ArmedGroup || !sentence.Span.Contains(actor.Span)) continue;
            var before = actor.EndToken <= match.FirstToken;
            var distance = before ? match.FirstToken - actor.EndToken : actor.FirstToken - match.EndToken;
            if (distance < 0) continue;
            // The side the phrase expects weighs more than raw distance.
            if (before != match.Value.GroupBefore) distance += 30;
            if (distance < bestDistance)
            {
                best = actor;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void Attach(Document doc, Sentence sentence, List<Builder> events, List<CasualtyMention> casualties,
        List<TimeMention> times, List<PlaceMention> places, List<ActorMention> actors, List<ClaimMention> claims)
    {
        foreach (var casualty in casualties)
        {
            if (casualty.Sentence != sentence.Index) continue;
            // The event word before the statement is its subject ("a bomb blast ... killed"); else the one after ("killed in the assault").
            var target = events.LastOrDefault(e => e.Anchor.Token <= casualty.TriggerToken) ?? events[0];
            target.Casualties.Add(casualty);
        }
        // A sentence of one event dates it from further away ("early on the morning of 16 November, six priests and
        // two women who worked with them were murdered").
        var timeWindow = events.Count == 1 ? AttachWindow * 2 : AttachWindow;
        foreach (var time in times)
            if (sentence.Span.Contains(time.Span) && Nearest(doc, events, time.Span, timeWindow, isTime: true) is { } e) e.Times.Add(time);
        foreach (var place in places)
            if (sentence.Span.Contains(place.Span) && Nearest(doc, events, place.Span) is { } e) e.Places.Add(place);
        foreach (var actor in actors)
        {
            if (!sentence.Span.Contains(actor.Span) || Nearest(doc, events, actor.Span) is not { } e) continue;
            var before = actor.EndToken <= e.Anchor.Token;
            var afterBy = !before && actor.FirstToken > e.Anchor.EndToken - 1 && PrecededBy(doc, actor.FirstToken, e.Anchor.EndToken, "by");
            // Who did it stands before the event word ("militants stormed") or after "by" ("an attack by gunmen").
            if (actor.Kind is ActorKind.ArmedGroup or ActorKind.Attacker)
            {
                if (before || afterBy) e.Perpetrators.Add(actor);
            }
            // Whom it hit stands after it ("an attack on the police", "fired on soldiers").
            else if (actor.Kind is ActorKind.SecurityForce or ActorKind.Civilian && !before && !afterBy && actor.FirstToken - e.Anchor.EndToken <= TargetReach)
                e.TargetActors.Add(actor);
        }
        foreach (var weapon in lexicons.Weapons.FindAll(doc, sentence.FirstToken, sentence.EndToken))
            if (Nearest(doc, events, weapon.Span, window: AttachWindow * 2) is { } e) e.Weapons.Add(new WeaponMention(weapon.Span, weapon.Value));
        foreach (var claim in claims)
            (Nearest(doc, events, claim.Span, window: int.MaxValue) ?? events[0]).Claims.Add(claim);
    }

    private static Builder? Nearest(Document doc, List<Builder> events, TextSpan span, int window = AttachWindow, bool isTime = false)
    {
        var first = doc.TokenAt(span.Start);
        var last = Math.Max(first, doc.TokenAt(span.End) - 1);
        Builder? best = null;
        var bestDistance = int.MaxValue;
        foreach (var e in events)
        {
            var distance = last < e.Anchor.Token ? e.Anchor.Token - last : first >= e.Anchor.EndToken ? first - e.Anchor.EndToken + 1 : 0;
            if (distance > window || distance >= bestDistance) continue;
            if (distance > 0 && window != int.MaxValue && SeparatedByClause(doc, Math.Min(last, e.Anchor.EndToken - 1), Math.Max(first, e.Anchor.Token), isTime))
                continue;
            best = e;
            bestDistance = distance;
        }
        return best;
    }

    /// <summary>
    /// "Sharif on Saturday vowed ... after militants killed": a subordinating word between a time
    /// (or place, or actor) and an event word puts them in different clauses. "when" and "while"
    /// join two clauses at one time ("was walking home early Sunday when he was shot"): they keep
    /// a time with the event, not a place ("she studied in Iowa and was home when she was killed").
    /// </summary>
    private static bool SeparatedByClause(Document doc, int from, int to, bool isTime)
    {
        for (var k = from + 1; k < to; k++)
            if (doc.FoldedOf(k) is "after" or "before" or "because" or "although" or "though" or "until" or "whereas" or ";" or "since" ||
                !isTime && doc.FoldedOf(k) is "when" or "while")
                return true;
        return false;
    }

    private sealed class Builder(Anchor anchor)
    {
        public Anchor Anchor => anchor;
        public List<CasualtyMention> Casualties { get; } = [];
        public List<TimeMention> Times { get; } = [];
        public List<PlaceMention> Places { get; } = [];
        public List<ActorMention> Perpetrators { get; } = [];
        public List<ActorMention> TargetActors { get; } = [];
        public List<WeaponMention> Weapons { get; } = [];
        public List<ClaimMention> Claims { get; } = [];

        public EventMention Build(int index, int sentence) =>
            new(index, anchor.Span, sentence, anchor.Class, anchor.IsImplicit, anchor.Reference, anchor.EarlierCue)
            {
                Casualties = [.. Casualties],
                Times = [.. Times],
                Places = [.. Places],
                Perpetrators = [.. Perpetrators],
                TargetActors = [.. TargetActors],
                Weapons = [.. Weapons],
                Claims = [.. Claims],
            };
    }
}
