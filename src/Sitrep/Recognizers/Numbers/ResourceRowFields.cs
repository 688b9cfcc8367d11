using System.Globalization;
using Sitrep.Resources;

namespace Sitrep.Recognizers.Numbers;

/// <summary>Typed reads of word-list fields, with errors that name the table and line (shared by the number and time lexicons).</summary>
internal static class ResourceRowFields
{
    public static T Enum<T>(this ResourceRow row, string column) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(row[column].Replace("_", ""), ignoreCase: true, out var value) && !int.TryParse(row[column], out _)
            ? value
            : throw row.Error($"unknown {column} '{row[column]}'.");

    public static T? OptionalEnum<T>(this ResourceRow row, string column) where T : struct, System.Enum =>
        row.Optional(column) is null ? null : row.Enum<T>(column);

    public static long Long(this ResourceRow row, string column) =>
        long.TryParse(row[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw row.Error($"{column} '{row[column]}' is not a whole number.");

    public static long? OptionalLong(this ResourceRow row, string column) => row.Optional(column) is null ? null : row.Long(column);

    public static bool YesNo(this ResourceRow row, string column) => row[column] switch
    {
        "yes" => true,
        "no" or "" => false,
        var other => throw row.Error($"{column} must be yes or no, not '{other}'."),
    };

    /// <summary>exact | at_least | more_than | about | at_most.</summary>
    public static Qualifier Qualifier(this ResourceRow row, string column = "qualifier") => row.Enum<Qualifier>(column);
}
