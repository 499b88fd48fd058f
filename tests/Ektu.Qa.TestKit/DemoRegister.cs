using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.TestKit;

/// <summary>The demo register's programmes, for the tests of every module that links to them.</summary>
public static class DemoRegister
{
    /// <summary>The demo programme with this group code (B057 and M094 are SITIS's, B071 SEM's).</summary>
    public static async Task<Guid> ProgrammeIdAsync(this TestApp app, string groupCode) => Guid.Parse((await app.QueryAsync(db =>
        db.QueryAsync<string>("SELECT id FROM pm_programmes WHERE group_code = @groupCode", new { groupCode }))).Single());
}
