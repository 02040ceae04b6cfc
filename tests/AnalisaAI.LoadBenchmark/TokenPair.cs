namespace AnalisaAI.LoadBenchmark;

/// <summary>The part of a login or refresh answer the benchmark uses (both apps name them alike).</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken);
