namespace Ektu.Qa.Improvement.Permissions;

/// <summary>Permission names of the Improvement module: CAPA plans and appeals of every unit of the university.</summary>
public static class ImprovementPermissions
{
    public const string GroupName = "Improvement";

    public static class Capa
    {
        /// <summary>See the CAPA plans of the units in scope (and one's own items).</summary>
        public const string Default = GroupName + ".Capa";

        /// <summary>Raise and edit CAPA items, move them, check their effectiveness.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Appeals
    {
        /// <summary>See the appeals handled in the units in scope and their statistics.</summary>
        public const string Default = GroupName + ".Appeals";

        /// <summary>Submit one's own appeal through the web form.</summary>
        public const string Submit = Default + ".Submit";

        /// <summary>Record paper / oral appeals, review, escalate and resolve appeals of the units in scope.</summary>
        public const string Handle = Default + ".Handle";
    }
}
