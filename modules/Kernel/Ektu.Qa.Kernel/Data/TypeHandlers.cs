using System.Data;
using System.Globalization;
using Dapper;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Dapper handlers that make SQLite and MySQL read and write Guids, UTC times and dates identically.
/// The built-in maps are removed first, otherwise Dapper uses a handler for reads only.
/// </summary>
public static class TypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        foreach (var t in new[] { typeof(Guid), typeof(Guid?), typeof(DateTime), typeof(DateTime?), typeof(DateOnly), typeof(DateOnly?),
            typeof(bool), typeof(bool?) })
            SqlMapper.RemoveTypeMap(t);
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.AddTypeHandler(new UtcDateTimeHandler());
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new BoolHandler());
    }

    /// <summary>
    /// A value as the handlers below write it, for parameters Dapper does not bind (a <see cref="System.Data.Common.DbBatch"/>'s);
    /// an enum as its number, as Dapper sends it.
    /// </summary>
    public static object ParameterValue(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString("D"),
        DateTime d => ToStored(d),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        Enum e => Convert.ChangeType(e, e.GetTypeCode(), CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>Truncates to microseconds, the precision of MySQL DATETIME(6).</summary>
    public static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
    }

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            parameter.DbType = DbType.String;
            parameter.Size = 36;
            parameter.Value = ParameterValue(value);
        }

        public override Guid Parse(object value) => value switch
        {
            Guid g => g,
            string s => Guid.Parse(s),
            byte[] b when b.Length == 16 => new Guid(b),
            byte[] b => Guid.Parse(System.Text.Encoding.ASCII.GetString(b)),
            _ => Guid.Parse(value.ToString()!),
        };
    }

    private sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override void SetValue(IDbDataParameter parameter, DateTime value)
        {
            parameter.DbType = DbType.DateTime;
            parameter.Value = ParameterValue(value);
        }

        public override DateTime Parse(object value) => value switch
        {
            DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
            string s => DateTime.SpecifyKind(DateTime.Parse(s, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
            _ => throw new DataException($"Cannot read {value.GetType()} as DateTime"),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ParameterValue(value);
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            DateOnly d => d,
            string s => DateOnly.FromDateTime(DateTime.Parse(s, CultureInfo.InvariantCulture)),
            _ => throw new DataException($"Cannot read {value.GetType()} as DateOnly"),
        };
    }

    private sealed class BoolHandler : SqlMapper.TypeHandler<bool>
    {
        public override void SetValue(IDbDataParameter parameter, bool value)
        {
            parameter.DbType = DbType.Int32;
            parameter.Value = ParameterValue(value);
        }

        public override bool Parse(object value) => value switch
        {
            bool b => b,
            string s => s is "1" or "true" or "True",
            _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        };
    }
}
