using System.Text;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Benchmarks;

/// <summary>Bulk rows through multi-row INSERTs: 100,000 audit entries, 10,000 documents with editions, 200,000 acknowledgements.</summary>
internal static class Seeder
{
    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var units = (await db.QueryAsync<Guid>("SELECT id FROM id_organization_units")).ToArray();
        var users = (await db.QueryAsync<(Guid Id, string Name)>("SELECT id, user_name FROM id_users")).ToArray();
        var now = DateTime.UtcNow;
        var rnd = new Random(42);

        await Batch(db, 100_000, 500,
            "k_audit_log (id, occurred_at, user_id, user_name, module, entity, entity_id, action, changes, correlation_id)", (i, p) =>
        {
            var u = users[i % users.Length];
            p.Add($"a{i}", Guid.NewGuid()); p.Add($"b{i}", now.AddSeconds(-i)); p.Add($"c{i}", u.Id); p.Add($"d{i}", u.Name); p.Add($"e{i}",
                Guid.NewGuid());
            return $"@a{i}, @b{i}, @c{i}, @d{i}, 'QualityPolicy', 'PolicyDocument', @e{i}, 'Updated', " +
                $"'[{{\"Field\":\"TitleEn\",\"Old\":\"a\",\"New\":\"b\"}}]', 'bench'";
        });

        var docs = Enumerable.Range(0, 10_000).Select(_ => (Doc: Guid.NewGuid(), Edition: Guid.NewGuid())).ToArray();
        await Batch(db, docs.Length, 300,
            "qp_documents (id, code, doc_type, title_kk, title_ru, title_en, owner_unit_id, scope_unit_id, state, is_published, approved_on, " +
            "approving_body, decision_number, in_force_on, review_due_on, current_edition, version, created_at, created_by, updated_at, updated_by)",
            (i, p) =>
        {
            var unit = units[rnd.Next(units.Length)];
            p.Add($"a{i}", docs[i].Doc); p.Add($"u{i}", unit); p.Add($"t{i}", $"Ереже {i}"); p.Add($"n{i}", now);
            return $"@a{i}, 'B-{i:D6}', 'Regulation', @t{i}, @t{i}, @t{i}, @u{i}, @u{i}, 'InForce', 1, '2025-01-10', 'Board', '1', '2025-01-15', " +
                $"'2028-01-10', 1, 1, @n{i}, 'bench', @n{i}, 'bench'";
        });
        await Batch(db, docs.Length, 300,
            "qp_document_editions (id, document_id, edition_number, state, file_name, content_type, size_bytes, sha256, storage_path, approved_on, " +
            "approving_body, decision_number, in_force_on, created_at, created_by, updated_at, updated_by)", (i, p) =>
        {
            p.Add($"a{i}", docs[i].Edition); p.Add($"d{i}", docs[i].Doc); p.Add($"n{i}", now);
            return $"@a{i}, @d{i}, 1, 'InForce', 'doc.pdf', 'application/pdf', 1000, '{new string('0', 64)}', 'none', '2025-01-10', 'Board', '1', " +
                $"'2025-01-15', @n{i}, 'bench', @n{i}, 'bench'";
        });
        await Batch(db, 200_000, 500,
            "qp_acknowledgements (id, document_id, edition_id, user_id, user_name, full_name, position, due_on, acknowledged_at, version, " +
            "created_at, created_by, updated_at, updated_by)", (i, p) =>
        {
            var d = docs[i / 20];
            p.Add($"a{i}", Guid.NewGuid()); p.Add($"d{i}", d.Doc); p.Add($"e{i}", d.Edition); p.Add($"u{i}", Guid.NewGuid()); p.Add($"n{i}", now);
            return $"@a{i}, @d{i}, @e{i}, @u{i}, 'user{i}', 'User {i}', 'Lecturer', '2025-01-29', NULL, 1, @n{i}, 'bench', @n{i}, 'bench'";
        });
    }

    private static async Task Batch(IDbSession db, int count, int size, string into, Func<int, DynamicParameters, string> row)
    {
        for (var start = 0; start < count; start += size)
        {
            var p = new DynamicParameters();
            var sql = new StringBuilder("INSERT INTO ").Append(into).Append(" VALUES ");
            sql.AppendJoin(", ", Enumerable.Range(start, Math.Min(size, count - start)).Select(i => "(" + row(i, p) + ")"));
            await db.InUnitOfWorkAsync(() => db.ExecuteAsync(sql.ToString(), p));
        }
    }
}
