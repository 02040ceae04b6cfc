namespace AnalisaAI.Soak;

/// <summary>Ordinary least squares on (x, y) points: the slope of the line that fits them best.</summary>
public static class LeastSquares
{
    /// <summary>dy/dx, or null with fewer than two points or when every x is the same.</summary>
    public static double? Slope(IReadOnlyCollection<(double X, double Y)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var covariance = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var variance = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        return variance == 0 ? null : covariance / variance;
    }
}
