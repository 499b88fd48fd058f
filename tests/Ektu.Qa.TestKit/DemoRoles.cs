namespace Ektu.Qa.TestKit;

/// <summary>
/// The demo users that stand for the roles (database/demo seed): one list for the tests that walk every page or button as
/// each role, so a new role is added in one place.
/// </summary>
public static class DemoRoles
{
    /// <summary>One user per role: administrator, quality office, dean, school council, head of department, teacher.</summary>
    public static readonly IReadOnlyList<string> UserNames = ["admin", "aqd", "dean.sitis", "council.sitis", "head.cs", "teacher1"];

    /// <summary>Every demo user, the role users and the other teachers.</summary>
    public static readonly IReadOnlyList<string> AllUserNames = [.. UserNames, "teacher2", "teacher3"];

    /// <summary>The role users for <c>[MemberData(nameof(DemoRoles.Users), MemberType = typeof(DemoRoles))]</c>.</summary>
    public static TheoryData<string> Users => [.. UserNames];
}
