using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Places;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// Decides where the place and actor recognizers overlap on a person's name: a town named like a person's first
/// name ("ARTHUR MCNAMARA, THE U.S. AMBASSADOR", "LAWYER SCOTT GRATHEAD") is the person's, not Arthur, Illinois;
/// so is a town or country that closes one ("GENERAL OSVALDO DIAZ SALVADOR", and "DIAZ SALVADOR" again, which the
/// actor reader knows for the same man): a surname, not El Salvador.
/// In upper-case copy only, where capitals cannot tell the place reader a name from a town; in mixed case it reads
/// "Kevin Jackson" itself.
/// </summary>
public static class PersonPlaceArbiter
{
    public static ImmutableArray<PlaceMention> WithoutPersonNames(Document doc, ImmutableArray<PlaceMention> places, ImmutableArray<ActorMention> actors)
    {
        if (!doc.IsUpperCase || places.IsEmpty) return places;
        var people = actors.Where(a => a.Kind == ActorKind.Person).ToList();
        if (people.Count == 0) return places;
        return places.RemoveAll(p => p.Kind == PlaceKind.City && people.Exists(a => IsFirstName(doc, p, a)) ||
                                     p.Kind is PlaceKind.City or PlaceKind.Country && people.Exists(a => IsSurname(doc, p, a)));
    }

    /// <summary>The place stands inside the person's mention and is the first word of a name of two words or more.</summary>
    private static bool IsFirstName(Document doc, PlaceMention place, ActorMention person)
    {
        if (!person.Span.Contains(place.Span)) return false;
        var name = TextFolding.Fold(person.Name);
        var first = TextFolding.Fold(doc.TextOf(place.Span));
        return name.Length > first.Length + 1 && name.StartsWith(first, StringComparison.Ordinal) && name[first.Length] == ' ';
    }

    /// <summary>The place stands inside the person's mention and is the last word(s) of a name of more words.</summary>
    private static bool IsSurname(Document doc, PlaceMention place, ActorMention person)
    {
        if (!person.Span.Contains(place.Span)) return false;
        var name = TextFolding.Fold(person.Name);
        var last = TextFolding.Fold(doc.TextOf(place.Span));
        return name.Length > last.Length + 1 && name.EndsWith(last, StringComparison.Ordinal) && name[^(last.Length + 1)] == ' ';
    }
}
