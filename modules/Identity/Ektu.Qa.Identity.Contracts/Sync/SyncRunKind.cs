namespace Ektu.Qa.Identity.Sync;

/// <summary>How a sync run came about.</summary>
public enum SyncRunKind
{
    /// <summary>A batch the portal pushed through the API.</summary>
    Push,

    /// <summary>A CSV or XLSX file imported on the page.</summary>
    Import,

    /// <summary>A portal user's first sign-in (just-in-time provisioning).</summary>
    SignIn,
}
