namespace CommunityFp.Registers.Validation;

/// <summary>The value rules of one field: required, format, code list, event date, org reference.</summary>
internal static class ValueRules
{
    /// <summary>The problem with a (trimmed, non-null) value of <paramref name="column"/>, or null.</summary>
    public static (RowErrorKind Kind, string Reason)? Check(RegisterColumn column, string value, BatchContext context)
    {
        if (column.Kind is ColumnKind.Text or ColumnKind.Id or ColumnKind.CitizenId) return null;
        if (FieldParsers.HasNonAsciiDigit(value))
            return (RowErrorKind.NonAsciiDigit, $"{column.Name}: digits must be ASCII");
        return column.Kind switch
        {
            ColumnKind.Date => CheckDate(column, value, context),
            ColumnKind.Code or ColumnKind.Flag => CheckCode(column, value),
            ColumnKind.Count or ColumnKind.DivisionCode => FieldParsers.TryParseInteger(value, out _)
                ? null : (RowErrorKind.UnparsableNumber, $"{column.Name}: not a whole number"),
            ColumnKind.Amount => FieldParsers.TryParseAmount(value, out _)
                ? null : (RowErrorKind.UnparsableNumber, $"{column.Name}: not an amount in yuan (at most 2 decimals)"),
            ColumnKind.Year => FieldParsers.TryParseYear(value, out _)
                ? null : (RowErrorKind.UnparsableNumber, $"{column.Name}: not a year YYYY"),
            ColumnKind.OrgCode => CheckOrgCode(column, value, context),
            _ => null,
        };
    }

    private static (RowErrorKind, string)? CheckDate(RegisterColumn column, string value, BatchContext context)
    {
        if (!FieldParsers.TryParseDate(value, out var date))
            return (RowErrorKind.UnparsableDate, $"{column.Name}: not a date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD)");
        if (column.IsEventDate && date > context.AsOf)
            return (RowErrorKind.EventAfterAsOf, $"{column.Name}: {date:yyyy-MM-dd} is after the batch's as_of {context.AsOf:yyyy-MM-dd}");
        return null;
    }

    private static (RowErrorKind, string)? CheckCode(RegisterColumn column, string value)
    {
        if (!FieldParsers.TryParseInteger(value, out var code))
            return (RowErrorKind.UnparsableNumber, $"{column.Name}: not a code");
        var allowed = column.Kind == ColumnKind.Flag ? [0, 1] : column.AllowedCodes ?? [];
        return allowed.Contains((int)Math.Min(code, int.MaxValue))
            ? null
            : (RowErrorKind.CodeOutsideList, $"{column.Name}: {code} is not one of {string.Join(", ", allowed)}");
    }

    private static (RowErrorKind, string)? CheckOrgCode(RegisterColumn column, string value, BatchContext context)
    {
        var code = OrgCode.Normalise(value);
        if (code is null) return (RowErrorKind.UnparsableNumber, $"{column.Name}: not an org code");
        if (column.OrgReference == OrgReference.None) return null;
        if (!context.OrgUnitLevels.TryGetValue(code, out var level))
            return (RowErrorKind.UnknownOrgUnit, $"{column.Name}: {code} is not in the batch's org_units");
        if (column.OrgReference == OrgReference.Community && level != OrgCode.Community)
            return (RowErrorKind.NotACommunity, $"{column.Name}: {code} is a level-{level} unit, not a community");
        return null;
    }
}
