namespace Ektu.Qa.QaCommission.Capa;

/// <summary>CAPA error codes (localization keys).</summary>
public static class CapaErrorCodes
{
    public const string InvalidTransition = "QaCommission:Capa.InvalidTransition";
    public const string CheckNotDue = "QaCommission:Capa.CheckNotDue";
    public const string Closed = "QaCommission:Capa.Closed";
    public const string UnknownSource = "QaCommission:Capa.UnknownSource";
    public const string UnknownOwner = "QaCommission:Capa.UnknownOwner";
}
