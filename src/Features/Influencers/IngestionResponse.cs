namespace AnalisaAI.Api.Features.Influencers;

/// <summary>
/// The outcome of an ingestion batch: items received, rows inserted, and rows whose stored values changed
/// (an item equal to its stored row counts in neither).
/// </summary>
public sealed record IngestionResponse(int Received, int Inserted, int Updated);
