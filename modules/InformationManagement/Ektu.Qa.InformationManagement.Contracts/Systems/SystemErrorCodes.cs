namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>Information systems registry error codes (localization keys).</summary>
public static class SystemErrorCodes
{
    public const string CodeTaken = "InformationManagement:Systems.CodeTaken";
    public const string DateInFuture = "InformationManagement:Systems.DateInFuture";
}
