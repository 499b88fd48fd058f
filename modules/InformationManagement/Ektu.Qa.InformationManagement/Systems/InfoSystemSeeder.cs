using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>
/// The university's information systems named by the source (DOMAIN §8), owned by the university; on demo data also a
/// restore verified long ago on one and safety checks on two. Skipped when any system exists.
/// </summary>
internal sealed class InfoSystemSeeder(IDbSession db, IIdentityIntegrationService identity, InfoSystemRepository repo, IClock clock,
    IUserClock local) : IDataSeedContributor
{
    private static readonly (string Code, string Name, string Purpose, string Data, string Backup, string Access)[] Systems =
    [
        ("site", "Официальный сайт ektu.kz", "Публичная информация о деятельности и программах", "Новости, программы, отчёты",
            "Ежедневно", "Редакторы по ролям"),
        ("s-portal", "S-Portal", "Управление учебным процессом", "Контингент, расписание, успеваемость",
            "Ежедневно, полная копия еженедельно", "Роли: студент, преподаватель, эдвайзер, деканат"),
        ("test-sheberi", "«Тест шебері»", "Сетевое тестирование", "Банки тестовых заданий, результаты тестирования",
            "Ежедневно", "Персональные пароли, доступ из компьютерных классов"),
        ("irbis", "«Ирбис»", "Электронная библиотека", "Каталог, читатели, выдача", "Еженедельно", "Библиотекари по ролям"),
        ("1c", "1С", "Бухгалтерский учёт", "Финансовые и кадровые данные", "Ежедневно", "Бухгалтерия, отдел кадров"),
        ("e-monitoring", "«Е-Мониторинг»", "Сбор и анализ данных о деятельности", "Показатели подразделений",
            "Ежедневно", "Ответственные подразделений"),
        ("grafana", "Grafana", "Обработка данных анкетирования и мониторинга", "Панели и запросы, без персональных данных",
            "Еженедельно (конфигурация)", "Только чтение для сотрудников, правка — администраторы"),
    ];

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_info_systems", ct: ct) > 0) return;
            var root = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.ParentId == null);
            if (root == null) return;
            var now = clock.UtcNow;
            var today = local.Today;
            var ids = new List<Guid>();
            foreach (var (s, i) in Systems.Select((s, i) => (s, i)))
            {
                var id = Guid.NewGuid();
                ids.Add(id);
                await repo.InsertAsync(id, new SaveInfoSystemInput
                {
                    Code = s.Code, Name = s.Name, OwnerUnitId = root.Id, Owner = "Департамент цифровизации", Purpose = s.Purpose, DataHeld = s.Data,
                    BackupSchedule = s.Backup, AccessControl = s.Access,
                    RestoreVerifiedOn = !demo ? null : i == 2 ? today.AddDays(-400) : today.AddDays(-10 - i),
                }, now, "system", ct);
            }
            if (!demo) return;
            var aqd = (await identity.GetUsersByNameAsync(["aqd"], ct)).FirstOrDefault();
            if (aqd == null) return;
            await repo.InsertCheckAsync(Guid.NewGuid(), ids[1], aqd.Id, new SaveSafetyCheckInput
            {
                CheckedOn = today.AddDays(-20), Authority = true, Antivirus = true, Administration = true, Backups = true, ServerRoom = true,
                Passwords = true,
            }, now, "system", ct);
            await repo.InsertCheckAsync(Guid.NewGuid(), ids[2], aqd.Id, new SaveSafetyCheckInput
            {
                CheckedOn = today.AddDays(-5), Authority = true, Antivirus = true, Administration = true, Backups = false, ServerRoom = true,
                Passwords = false, Note = "Общий пароль в компьютерном классе; восстановление из копии не проверялось",
            }, now, "system", ct);
        }, ct);
    }
}
