namespace Ektu.Qa.Identity;

/// <summary>Identity error codes (localization keys).</summary>
public static class IdentityErrorCodes
{
    public const string InvalidLogin = "Identity:InvalidLogin";
    public const string LockedOut = "Identity:LockedOut";
    public const string TooManySignIns = "Identity:TooManySignIns";
    public const string UserNameTaken = "Identity:UserNameTaken";
    public const string RoleNameTaken = "Identity:RoleNameTaken";
    public const string UnitCodeTaken = "Identity:UnitCodeTaken";
    public const string UnitCycle = "Identity:UnitCycle";
    public const string UnitHasChildren = "Identity:UnitHasChildren";
    public const string WeakPassword = "Identity:WeakPassword";
    public const string StaticRole = "Identity:StaticRole";
    public const string UnknownPermission = "Identity:UnknownPermission";
    public const string InvalidClient = "Identity:InvalidClient";
    public const string SyncBatchTooLarge = "Identity:SyncBatchTooLarge";
    public const string SyncDuplicate = "Identity:SyncDuplicate";
    public const string SyncUnknownUnit = "Identity:SyncUnknownUnit";
    public const string SyncUnknownPerson = "Identity:SyncUnknownPerson";
    public const string SyncRuleExists = "Identity:SyncRuleExists";
    public const string ImportUnreadable = "Identity:ImportUnreadable";
    public const string ImportTooManyRows = "Identity:ImportTooManyRows";
    public const string ImportNoHeader = "Identity:ImportNoHeader";
    public const string ImportUnknownColumn = "Identity:ImportUnknownColumn";
}
