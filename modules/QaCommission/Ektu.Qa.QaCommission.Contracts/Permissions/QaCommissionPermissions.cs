namespace Ektu.Qa.QaCommission.Permissions;

/// <summary>
/// Permission names of the QaCommission module (regulation 004). A commission's chair, deputy and secretary may
/// also run its meetings without <see cref="Meetings.Manage"/>: the regulation gives them that work (004 §6).
/// </summary>
public static class QaCommissionPermissions
{
    public const string GroupName = "QaCommission";

    public static class Commissions
    {
        /// <summary>See the commissions of the schools in scope, their members, plans and dashboard.</summary>
        public const string Default = GroupName + ".Commissions";

        /// <summary>Create and dissolve a commission by the dean's order; keep the programmes committee (БББК) list.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Members
    {
        /// <summary>Approve members, record elections of the chair, deputy and secretary.</summary>
        public const string Manage = GroupName + ".Members.Manage";
    }

    public static class Plans
    {
        /// <summary>Keep the annual work plan and the monitoring calendar plan.</summary>
        public const string Manage = GroupName + ".Plans.Manage";
    }

    public static class Meetings
    {
        /// <summary>See meetings, attendance, votes and minutes.</summary>
        public const string Default = GroupName + ".Meetings";

        /// <summary>Plan meetings, agenda, materials, attendance, experts, acting chair.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Votes
    {
        /// <summary>Record the open vote on a decision.</summary>
        public const string Record = GroupName + ".Votes.Record";
    }

    public static class Minutes
    {
        /// <summary>Sign minutes (only as the meeting's chair / acting chair or the secretary).</summary>
        public const string Sign = GroupName + ".Minutes.Sign";
    }

    public static class Decisions
    {
        /// <summary>See the decisions register.</summary>
        public const string Default = GroupName + ".Decisions";

        /// <summary>Keep the register: executors, deadlines, status, evidence, violations.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Answer quarterly status requests addressed to oneself or one's unit.</summary>
        public const string Respond = Default + ".Respond";

        /// <summary>Record the official inquiry opened by the dean after systematic non-execution.</summary>
        public const string Inquire = Default + ".Inquire";
    }

    public static class PeerReview
    {
        /// <summary>See and work on one's own observations (as observer or teacher).</summary>
        public const string Default = GroupName + ".PeerReview";

        /// <summary>Keep criteria templates, plan observations, see all observations and summaries in scope.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Reports
    {
        /// <summary>Generate and send the semi-annual analytical report of the commissions in scope (004 §7.6).</summary>
        public const string Default = GroupName + ".Reports";
    }
}
