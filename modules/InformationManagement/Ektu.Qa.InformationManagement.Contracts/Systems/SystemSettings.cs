namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>Settings of the information systems registry.</summary>
public static class SystemSettings
{
    /// <summary>Days after which a verified restore is old and the system is flagged.</summary>
    public const string RestoreStaleDays = "InformationManagement.Systems.RestoreStaleDays";
}
