namespace Ektu.Qa.Identity;

/// <summary>Lengths shared by validation and the DDL.</summary>
public static class IdentityConsts
{
    public const int UserNameMax = 64;
    public const int FullNameMax = 200;
    public const int EmailMax = 256;
    public const int PositionMax = 200;
    public const int RoleNameMax = 64;
    public const int UnitCodeMax = 50;
    public const int UnitNameMax = 300;
    public const int PasswordMin = 8;
    public const int ExternalIdMax = 100;
    public const int ProgrammeMax = 200;
    public const int StudyFieldMax = 50;

    /// <summary>Items one sync call may carry: a batch is one transaction, so a larger one would hold locks too long.</summary>
    public const int SyncBatchMax = 1000;

    /// <summary>The role that is granted every defined permission at start.</summary>
    public const string AdministratorRole = "Administrator";

    /// <summary>The role of students: not staff, so not among a unit's members (policy acknowledgements, candidates, colleagues).</summary>
    public const string StudentRole = "Student";
}
