using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Madoguchi.Core.Data;

/// <summary>Stores an instant as UTC ticks (a sortable integer) where the database has no instant type.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
