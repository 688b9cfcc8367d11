namespace Sitrep.Evaluation;

/// <summary>
/// B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin, 1998):
/// for each item, the share of its predicted cluster that is in its gold cluster (precision) and
/// the share of its gold cluster that is in its predicted cluster (recall), averaged over items.
/// </summary>
public static class BCubed
{
    public readonly record struct Score(double Precision, double Recall)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <param name="items">Each item with its predicted and gold cluster keys.</param>
    public static Score Compute<TKey>(IReadOnlyList<(TKey Predicted, TKey Gold)> items) where TKey : notnull
    {
        if (items.Count == 0) return new Score(0, 0);
        var predictedSize = items.GroupBy(i => i.Predicted).ToDictionary(g => g.Key, g => g.Count());
        var goldSize = items.GroupBy(i => i.Gold).ToDictionary(g => g.Key, g => g.Count());
        var both = items.GroupBy(i => (i.Predicted, i.Gold)).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            var shared = both[(item.Predicted, item.Gold)];
            precision += (double)shared / predictedSize[item.Predicted];
            recall += (double)shared / goldSize[item.Gold];
        }
        return new Score(precision / items.Count, recall / items.Count);
    }
}
