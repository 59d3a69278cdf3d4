using Madoguchi.Core.Cases.Dashboard;

namespace Madoguchi.Core.Tests.Cases.Dashboard;

public sealed class MedianTests
{
    [Fact]
    public void No_values_have_no_median() => Assert.Null(ReadDashboard.Median([]));

    [Fact]
    public void An_odd_count_has_the_middle_value_whatever_the_order() => Assert.Equal(3, ReadDashboard.Median([9, 1, 3]));

    [Fact]
    public void An_even_count_has_the_mean_of_the_two_middle_values() => Assert.Equal(2.5, ReadDashboard.Median([4, 1, 2, 3]));
}
