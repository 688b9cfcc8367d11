using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Text;

namespace Sitrep.Recognizers.Quotes;

/// <summary>
/// Who a quote's words are attributed to, and how: <see cref="Adjacent"/> when a speech verb or a
/// speaker stands right next to the quote (“…,” he said / X said: “…” / [X] “…”), which is what
/// makes a two- or three-word quote a quote of speech.
/// </summary>
internal readonly record struct Attribution(string? Speaker, string? Role, TextSpan? SpeakerSpan, bool Adjacent, bool Named)
{
    public static readonly Attribution None = default;

    public bool HasSpeaker => Speaker is not null;
}

/// <summary>
/// Finds the speaker of one quote: first after it in its sentence (“…,” said X / “…,” X told Y /
/// “…,” he added / “…,” said Wahab, according to the AP), then before it (X said: “…” /
/// [RODRIGUEZ] “…” / according to X, “…”). A pronoun is the most recent named person before it
/// (within three paragraphs, outside quotes); a description with a role ("the minister said") is the
/// person already named with that role.
/// </summary>
internal sealed class SpeakerFinder(ActorLexicon lexicon, Document doc, ImmutableArray<ActorMention> actors, ImmutableArray<QuoteMarks> marks)
{
    private const int MaxDescriptionTokens = 12;
    private int[]? _actorAt;

    public Attribution Find(int index)
    {
        var quote = marks[index];
        var after = quote.RunsOn ? Attribution.None : After(index);
        if (after.HasSpeaker) return after;
        var before = Before(index);
        return before.HasSpeaker || !after.Adjacent ? before : after;
    }

    /// <summary>“…,” said X / “…,” X said / “…,” he added: the rest of the quote's sentence, up to the next quote.</summary>
    private Attribution After(int index)
    {
        var quote = marks[index];
        var closeToken = doc.TokenAt(quote.Close);
        if (closeToken >= doc.Tokens.Length) return Attribution.None;
        var sentence = doc.SentenceOfToken(closeToken);
        var start = closeToken + 1;
        var end = Math.Min(sentence.EndToken, start + 16);
        if (index + 1 < marks.Length && marks[index + 1].Paragraph == quote.Paragraph) end = Math.Min(end, doc.TokenAt(marks[index + 1].Open));
        // A quote hands over to its attribution with a comma, "?" or "!" inside the marks (“…,” he said), or one after them.
        var handsOver = quote.Close > 0 && doc.Folded[quote.Close - 1] is ',' or '?' or '!' or '-' || IsPunctuation(start, ',');
        while (start < end && doc.Tokens[start].IsPunctuation && !IsMark(start)) start++;
        if (start >= end) return Attribution.None;

        for (var v = start; v < end; v++)
        {
            if (!IsSpeechVerbAt(v, end, out var verb)) continue;
            // “bullet fragments” to the back and was taken to hospital, police said: the verb attributes the sentence, not the quote.
            if (!handsOver && v - start > 3) return Attribution.None;
            return v > start ? SubjectBefore(start, v, adjacent: true) : ObjectAfter(verb.EndToken, end, adjacent: true);
        }
        // Broadcast style names the speaker without a verb: “…,” neighbor Candice Carter.
        if (ActorAt(start) is { Kind: ActorKind.Person } person && person.FirstToken == start &&
            (person.EndToken == end || IsPunctuation(person.EndToken, '.')) && end == sentence.EndToken)
            return FromActor(person, start, person.EndToken, adjacent: true);
        return Attribution.None;
    }

    /// <summary>X said: “…” / X told Y: “…” / [RODRIGUEZ] “…” / according to X, “…” / X said the attack was “…”.</summary>
    private Attribution Before(int index)
    {
        var quote = marks[index];
        var openToken = doc.TokenAt(quote.Open);
        if (openToken >= doc.Tokens.Length) return Attribution.None;
        var sentence = doc.SentenceOfToken(openToken);
        var start = sentence.FirstToken;
        var end = openToken;

        if (IsPunctuation(end - 1, ']') && TryBracketedSpeaker(end - 1, out var bracketed)) return bracketed;
        if (end == start)
        {
            // "Sharif wrote on Twitter:" ending the sentence or paragraph before.
            if (sentence.Index == 0) return Attribution.None;
            var previous = doc.Sentences[sentence.Index - 1];
            if (!IsPunctuation(previous.EndToken - 1, ':')) return Attribution.None;
            start = previous.FirstToken;
            end = previous.EndToken - 1;
        }
        // Only words outside any earlier quote of the sentence can attribute this one.
        for (var i = index - 1; i >= 0 && marks[i].Close >= doc.Tokens[start].Start; i--)
            start = Math.Max(start, doc.TokenAt(marks[i].Close) + 1);

        for (var v = end - 1; v >= start; v--)
        {
            if (!IsSpeechVerbAt(v, end, out var verb)) continue;
            var adjacent = end - verb.EndToken <= 4 || IsPunctuation(end - 1, ':');
            // "according to X, “…”" names the speaker after the phrase; "X said that if …, “…”" before the verb.
            if (verb.Value.Kind == SpeechKind.Source || v == start) return ObjectAfter(verb.EndToken, end, adjacent);
            return SubjectBefore(start, v, adjacent);
        }
        return Attribution.None;
    }

    /// <summary>The speaker ending right before the verb: a person ("interior minister Rana Sanaullah told"), a pronoun, or a description ("a police source said").</summary>
    private Attribution SubjectBefore(int start, int verb, bool adjacent)
    {
        // Skip back over commas and small words between speaker and verb ("Wahab, the spokesman, said"; "X also said"; "X TODAY SAID").
        var t = verb - 1;
        for (var gap = 0; t >= start && gap < 3; gap++)
        {
            if (ActorAt(t) is not null || IsPronoun(t)) break;
            if (!IsPunctuation(t, ',') && !IsCommonWord(t)) break;
            t--;
        }
        if (t >= start && ActorAt(t) is { } actor && actor.FirstToken >= start)
            return FromActor(actor, LastClauseStart(start, verb), verb, adjacent);
        if (t >= start && IsPronoun(t)) return FromPronoun(t, adjacent);
        // "Rene Meyer, who lives near where the shooting occurred, said": the person opening the clause.
        // Not "Robinson's attorney … said": there the attorney speaks.
        if (ActorAt(start) is { Kind: ActorKind.Person } subject && subject.FirstToken == start && !IsPunctuation(subject.EndToken, '\''))
            return FromActor(subject, start, subject.EndToken, adjacent);
        return Describe(LastClauseStart(start, verb), verb, adjacent);
    }

    /// <summary>The speaker right after the verb: "said Muqadas Haider, a senior police officer", "said he", "according to the AP".</summary>
    private Attribution ObjectAfter(int start, int end, bool adjacent)
    {
        // "said Wahab", "said he", "said the group's leader, Noor Wali Maseed".
        for (var t = start; t < Math.Min(end, start + 6); t++)
        {
            if (ActorAt(t) is { } actor) return FromActor(actor, actor.FirstToken, actor.EndToken, adjacent);
            if (IsPronoun(t)) return FromPronoun(t, adjacent);
            if (!doc.Tokens[t].IsWord && !IsPunctuation(t, '\'')) break;
        }
        var stop = start;
        while (stop < end && stop - start < MaxDescriptionTokens && !(doc.Tokens[stop].IsPunctuation && !IsPunctuation(stop, '\'') && !IsPunctuation(stop, '-')))
            stop++;
        return Describe(start, stop, adjacent);
    }

    private Attribution FromActor(ActorMention actor, int descriptionStart, int descriptionEnd, bool adjacent)
    {
        if (actor.Kind == ActorKind.Person) return new Attribution(actor.Name, actor.Role, actor.Span, adjacent, Named: true);
        if (actor.Kind == ActorKind.ArmedGroup) return new Attribution(actor.Name, null, actor.Span, adjacent, Named: false);
        // "police said", "a Rangers spokesman said": the words as written say more than the noun.
        return Describe(descriptionStart, descriptionEnd, adjacent) is { HasSpeaker: true } described
            ? described
            : new Attribution(SpanText.OneLine(doc.Slice(actor.Span)), null, actor.Span, adjacent, Named: false);
    }

    /// <summary>"he" is the latest named person before it, within three paragraphs, outside quotes; "they" and "it" name no one.</summary>
    private Attribution FromPronoun(int token, bool adjacent)
    {
        if (!(doc.TokenIs(token, "he") || doc.TokenIs(token, "she"))) return new Attribution(null, null, null, adjacent, Named: false);
        var position = doc.Tokens[token].Start;
        var paragraph = doc.SentenceOfToken(token).Paragraph;
        for (var i = actors.Length - 1; i >= 0; i--)
        {
            var actor = actors[i];
            if (actor.Span.End > position || actor.Kind != ActorKind.Person || IsInsideQuote(actor.Span)) continue;
            if (doc.SentenceAt(actor.Span.Start).Paragraph < paragraph - 3) break;
            return new Attribution(actor.Name, actor.Role, actor.Span, adjacent, Named: true);
        }
        return new Attribution(null, null, null, adjacent, Named: false);
    }

    /// <summary>
    /// A speaker described, not named: "a police source", "the minister". With "the" (or no article)
    /// and a role, it is the person already named with that role.
    /// </summary>
    private Attribution Describe(int start, int end, bool adjacent)
    {
        while (start < end && doc.Tokens[start].IsPunctuation) start++;
        // "a U.S. diplomatic source who chose to remain anonymous": the relative clause is not the speaker.
        for (var t = start + 1; t < end; t++)
            if (doc.TokenIs(t, "who") || doc.TokenIs(t, "which") || doc.TokenIs(t, "that") || doc.TokenIs(t, "whose")) end = t;
        // "THE SPOKESMAN TODAY SAID": adverbs between speaker and verb are not the speaker; nor is a closing "'s".
        while (end > start && (doc.Tokens[end - 1].IsPunctuation || (IsCommonWord(end - 1) && !IsSpeakerWord(end - 1)) ||
                               (doc.TokenIs(end - 1, "s") && IsPunctuation(end - 2, '\''))))
            end--;
        if (end <= start || end - start > MaxDescriptionTokens || !IsHead(end - 1)) return new Attribution(null, null, null, adjacent, Named: false);
        var span = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End);
        string? role = null;
        for (var t = start; t < end && role is null; t++)
        {
            // "the sheriff's office" names an office, not a sheriff.
            if (lexicon.Roles.TryMatchAt(doc, t, out var match, end) && match.Value.Kind == RoleKind.Role && !IsPunctuation(match.EndToken, '\''))
                role = match.Value.Means;
        }
        var indefinite = doc.TokenIs(start, "a") || doc.TokenIs(start, "an") || doc.TokenIs(start, "one");
        if (role is not null && !indefinite)
        {
            for (var i = actors.Length - 1; i >= 0; i--)
            {
                var actor = actors[i];
                if (actor.Kind == ActorKind.Person && actor.Span.End <= span.Start && actor.Role is { } known &&
                    known.Contains(role, StringComparison.OrdinalIgnoreCase))
                    return new Attribution(actor.Name, actor.Role, span, adjacent, Named: true);
            }
        }
        return new Attribution(SpanText.OneLine(doc.Slice(span)), role, span, adjacent, Named: false);
    }

    /// <summary>
    /// A description names a speaker when its last word (English noun phrases end with their head) is
    /// a noun for people, a force, a role or a source of words ("a police source", "the statement",
    /// "the teen's mom"), an actor, or, in mixed-case text, a capitalised name ("the NRA");
    /// "IN CARTAGENA IT WAS" or "THE FMLN IS READY FOR A GREAT MILITARY EFFORT" names no one.
    /// </summary>
    private bool IsHead(int t)
    {
        if (ActorAt(t) is not null || IsSpeakerWord(t)) return true;
        return !doc.IsUpperCase && doc.Tokens[t] is { IsWord: true, Shape: TokenShape.Capitalized or TokenShape.Upper } && !doc.SentenceOfToken(t).IsHeadline &&
               !NameStartsSentence(t);
    }

    private bool NameStartsSentence(int t) => doc.SentenceOfToken(t).FirstToken == t;

    private bool IsSpeakerWord(int t) =>
        doc.Tokens[t].IsWord && (lexicon.Classify(doc.FoldedOf(t)) &
                                 (WordClass.SpeakerNoun | WordClass.StartsRole | WordClass.StartsPersonNoun | WordClass.StartsForce)) != 0;

    /// <summary>"Upon learning that Miller was dead, the sheriff's office said": a description starts after the last comma before the verb.</summary>
    private int LastClauseStart(int start, int verb)
    {
        for (var t = verb - 1; t > start; t--)
            if (doc.Tokens[t].IsPunctuation && !IsPunctuation(t, '\'') && !IsPunctuation(t, '-') && t + 1 < verb) return t + 1;
        return start;
    }

    /// <summary>"[RODRIGUEZ]" right before the quote: wire transcripts name the speaker so.</summary>
    private bool TryBracketedSpeaker(int close, out Attribution attribution)
    {
        attribution = Attribution.None;
        for (var open = close - 1; open >= Math.Max(0, close - 6); open--)
        {
            if (!IsPunctuation(open, '[')) continue;
            if (open + 1 >= close) return false;
            for (var t = open + 1; t < close; t++)
                if (ActorAt(t) is { Kind: ActorKind.Person } person)
                {
                    attribution = new Attribution(person.Name, person.Role, person.Span, Adjacent: true, Named: true);
                    return true;
                }
            var span = new TextSpan(doc.Tokens[open + 1].Start, doc.Tokens[close - 1].End);
            attribution = new Attribution(SpanText.OneLine(doc.Slice(span)), null, span, Adjacent: true, Named: false);
            return true;
        }
        return false;
    }

    private bool IsSpeechVerbAt(int token, int end, out PhraseMatch<SpeechVerb> verb)
    {
        verb = default;
        return doc.Tokens[token].IsWord && (lexicon.Classify(doc.FoldedOf(token)) & WordClass.StartsSpeech) != 0 &&
               lexicon.SpeechVerbs.TryMatchAt(doc, token, out verb, end);
    }

    private bool IsInsideQuote(TextSpan span)
    {
        foreach (var quote in marks)
            if (quote.Inner.Contains(span)) return true;
        return false;
    }

    private ActorMention? ActorAt(int token)
    {
        if (_actorAt is null)
        {
            _actorAt = new int[doc.Tokens.Length];
            for (var i = 0; i < actors.Length; i++)
                for (var k = actors[i].FirstToken; k < actors[i].EndToken && k < _actorAt.Length; k++)
                    if (_actorAt[k] == 0) _actorAt[k] = i + 1;
        }
        return (uint)token < (uint)_actorAt.Length && _actorAt[token] != 0 ? actors[_actorAt[token] - 1] : null;
    }

    private bool IsCommonWord(int token) => doc.Tokens[token].IsWord && (lexicon.Classify(doc.FoldedOf(token)) & WordClass.Common) != 0;

    private bool IsPronoun(int token) => doc.TokenIs(token, "he") || doc.TokenIs(token, "she") || doc.TokenIs(token, "they") || doc.TokenIs(token, "it");

    private bool IsMark(int token) => doc.Tokens[token].IsPunctuation && doc.Folded[doc.Tokens[token].Start] == '"';

    private bool IsPunctuation(int token, char c) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token].IsPunctuation && doc.Folded[doc.Tokens[token].Start] == c;
}
