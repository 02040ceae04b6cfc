using AnalisaAI.Soak;

namespace AnalisaAI.UnitTests.Soak;

public sealed class LeastSquaresTests
{
    [Fact]
    public void Points_on_a_line_give_its_slope()
    {
        LeastSquares.Slope([(0, 200), (0.5, 202.5), (1, 205)]).Should().BeApproximately(5, 1e-9);
    }

    [Fact]
    public void Noise_around_a_flat_line_gives_a_slope_near_zero()
    {
        LeastSquares.Slope([(0, 200), (1, 210), (2, 190), (3, 190), (4, 210), (5, 200)]).Should().BeApproximately(0, 1e-9);
    }

    [Fact]
    public void A_falling_series_has_a_negative_slope()
    {
        LeastSquares.Slope([(1, 10), (2, 8), (3, 6)]).Should().BeApproximately(-2, 1e-9);
    }

    [Fact]
    public void Fewer_than_two_points_or_one_instant_have_no_slope()
    {
        LeastSquares.Slope([]).Should().BeNull();
        LeastSquares.Slope([(1, 10)]).Should().BeNull();
        LeastSquares.Slope([(1, 10), (1, 20)]).Should().BeNull();
    }
}
