using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognizers.Places;

namespace Sitrep.Tests.Pipeline;

public sealed class PersonPlaceArbiterTests
{
    [Theory]
    [InlineData("GUNMEN FIRED AT THE HOUSE OF ARTHUR WELLINGHAM, THE BRITISH AMBASSADOR, LAST NIGHT.", "ARTHUR")]
    public void A_town_that_opens_a_persons_name_in_upper_case_copy_is_no_place(string text, string name)
    {
        var analysis = DocumentAnalyzer.Default.Analyze(new Article("t", text));
        Assert.DoesNotContain(analysis.Places, p => p.Kind == PlaceKind.City && analysis.Document.TextOf(p.Span) == name);
    }
}
