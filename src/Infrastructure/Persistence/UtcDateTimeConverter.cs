using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>Stores instants as UTC and marks them UTC on the way back (providers drop the kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
