using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// Demo only: three indicators (graduate employment and dropout per school, satisfaction of the university) with four
/// years of values for two schools, one of them below its threshold last year. Skipped when any indicator exists.
/// </summary>
internal sealed class IndicatorDemoSeeder(IDbSession db, IIdentityIntegrationService identity, IndicatorRepository repo, IClock clock,
    IUserClock local) : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_indicators", ct: ct) > 0) return;
            var all = await identity.GetUnitsAsync(ct);
            var root = all.FirstOrDefault(u => u.ParentId == null);
            var schools = all.Where(u => u.Kind == OrganizationUnitKind.School).OrderBy(u => u.Code).Take(2).ToList();
            if (root == null || schools.Count == 0) return;
            var now = clock.UtcNow;
            var year = local.Today.Year - 1;
            var employment = await AddAsync(new SaveIndicatorInput
            {
                Code = "GRAD-EMPLOYMENT", NameKk = "Түлектердің жұмысқа орналасуы", NameRu = "Трудоустройство выпускников",
                NameEn = "Graduate employment", Measure = "%", Level = IndicatorLevel.School, Threshold = 80, OnDashboard = true,
            }, now, ct);
            var dropout = await AddAsync(new SaveIndicatorInput
            {
                Code = "DROPOUT", NameKk = "Білім алушылардың шығып қалуы", NameRu = "Отсев обучающихся", NameEn = "Student dropout",
                Measure = "%", Level = IndicatorLevel.School, Threshold = 5, Direction = ThresholdDirection.AtMost,
            }, now, ct);
            var satisfaction = await AddAsync(new SaveIndicatorInput
            {
                Code = "SATISFACTION", NameKk = "Білім алушылардың қанағаттануы", NameRu = "Удовлетворённость обучающихся",
                NameEn = "Student satisfaction", Measure = "%", Level = IndicatorLevel.University, Threshold = 75,
            }, now, ct);
            decimal[][] employed = [[78.5m, 81.2m, 83.0m, 84.6m], [74.0m, 76.5m, 79.1m, 77.3m]];
            decimal[][] dropped = [[6.1m, 5.4m, 4.8m, 4.2m], [7.3m, 6.8m, 5.9m, 6.4m]];
            for (var y = 0; y < 4; y++)
            {
                var period = (year - 3 + y).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var start = new DateOnly(year - 3 + y, 1, 1);
                for (var s = 0; s < schools.Count; s++)
                {
                    await ValueAsync(employment, schools[s].Id, period, start, employed[s][y], now, ct);
                    await ValueAsync(dropout, schools[s].Id, period, start, dropped[s][y], now, ct);
                }
                await ValueAsync(satisfaction, root.Id, period, start, 71.5m + 2.5m * y, now, ct);
            }
        }, ct);
    }

    private async Task<Guid> AddAsync(SaveIndicatorInput input, DateTime now, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, input, now, "system", ct);
        return id;
    }

    private Task ValueAsync(Guid indicator, Guid unit, string period, DateOnly start, decimal value, DateTime now, CancellationToken ct) =>
        repo.InsertValueAsync(Guid.NewGuid(), indicator, unit, period, start, IndicatorRules.ToStored(value)!.Value, ValueSource.Import, now,
            "system", ct);
}
