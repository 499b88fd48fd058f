namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Working days each level has to resolve an appeal (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class AppealSettings
{
    /// <summary>Department level term in working days (default 10).</summary>
    public const string DepartmentDays = "Improvement.Appeals.DepartmentDays";

    /// <summary>School level term in working days (default 15).</summary>
    public const string SchoolDays = "Improvement.Appeals.SchoolDays";

    /// <summary>University level term in working days (default 30).</summary>
    public const string UniversityDays = "Improvement.Appeals.UniversityDays";
}
