namespace Ektu.Qa.QaCommission.Reports;

/// <summary>Error codes (localization keys) of the analytical reports.</summary>
public static class ReportErrorCodes
{
    /// <summary>Nobody holds the School Council, Dean or Quality Officer role over the school: there is no one to send to.</summary>
    public const string NoRecipients = "QaCommission:Report.NoRecipients";
}
