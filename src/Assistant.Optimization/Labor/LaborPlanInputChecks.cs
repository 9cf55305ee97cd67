using System.Globalization;

namespace Assistant.Optimization.Labor;

/// <summary>Refuses a labor plan request that cannot be planned, naming the day, shift or figure at fault.</summary>
internal static class LaborPlanInputChecks
{
    public static void Check(LaborPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Site))
        {
            throw new ArgumentException("A labor plan needs the sort center it is for.", nameof(request));
        }

        if (request.Shifts is null || request.Shifts.Count == 0)
        {
            throw new ArgumentException($"The labor plan for {request.Site} needs at least one shift.", nameof(request));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shift in request.Shifts)
        {
            if (shift is null || string.IsNullOrWhiteSpace(shift.Name))
            {
                throw new ArgumentException($"Every shift of {request.Site} needs a name.", nameof(request));
            }

            if (!double.IsFinite(shift.Hours) || shift.Hours <= 0 || shift.Hours > 24)
            {
                throw new ArgumentException($"Shift {shift.Name} lasts {Number(shift.Hours)} hours; it must be more than 0 and at most 24.", nameof(request));
            }

            if (!names.Add(shift.Name))
            {
                throw new ArgumentException($"Shift {shift.Name} is listed twice.", nameof(request));
            }
        }

        if (request.Volume is null || request.Volume.Count == 0)
        {
            throw new ArgumentException($"The labor plan for {request.Site} needs the volume of at least one day.", nameof(request));
        }

        for (var day = 0; day < request.Volume.Count; day++)
        {
            var row = request.Volume[day];
            if (row is null || row.Count != request.Shifts.Count)
            {
                throw new ArgumentException(
                    $"Day {day + 1} has volume for {row?.Count ?? 0} shifts but {request.Site} works {request.Shifts.Count}; give one volume per shift.", nameof(request));
            }

            for (var shift = 0; shift < row.Count; shift++)
            {
                if (!double.IsFinite(row[shift]) || row[shift] < 0)
                {
                    throw new ArgumentException($"Day {day + 1} {request.Shifts[shift].Name} shift has volume {Number(row[shift])}; volume must be 0 or more units.", nameof(request));
                }

                NotNegative(row[shift], $"Day {day + 1} {request.Shifts[shift].Name} shift's volume", PlanningBounds.MaxQuantity);
            }
        }

        if (!double.IsFinite(request.UnitsPerLaborHour) || request.UnitsPerLaborHour <= 0)
        {
            throw new ArgumentException($"Units per labor hour is {Number(request.UnitsPerLaborHour)}; it must be more than 0.", nameof(request));
        }

        NotNegative(request.UnitsPerLaborHour, "Units per labor hour", PlanningBounds.MaxQuantity);
        NotNegative(request.WagePerHour, "The wage per hour", PlanningBounds.MaxCostPerUnit);
        NotNegative(request.OvertimePerHour, "The overtime rate per hour", PlanningBounds.MaxCostPerUnit);
        NotNegative(request.MaxOvertimeHoursPerWorker, "The overtime limit per worker", 24);
        // Overtime is worked on top of the shift, by the same person the same day.
        foreach (var shift in request.Shifts.Where(shift => shift.Hours + request.MaxOvertimeHoursPerWorker > 24))
        {
            throw new ArgumentException(
                $"Shift {shift.Name} lasts {Number(shift.Hours)} hours and allows {Number(request.MaxOvertimeHoursPerWorker)} overtime hours a worker: " +
                $"{Number(shift.Hours + request.MaxOvertimeHoursPerWorker)} hours in a day; a day has 24.", nameof(request));
        }

        NotNegative(request.HireCost, "The cost of a hire", PlanningBounds.MaxCostPerItem);
        NotNegative(request.BacklogPenaltyPerUnit, "The backlog penalty per unit", PlanningBounds.MaxCostPerUnit);
        if (request.CurrentHeadcount < 0 || request.MaxHiresPerDay < 0)
        {
            throw new ArgumentException(
                $"Headcount ({request.CurrentHeadcount}) and hires per day ({request.MaxHiresPerDay}) cannot be negative.", nameof(request));
        }

        if (request.CurrentHeadcount > PlanningBounds.MaxCount || request.MaxHiresPerDay > PlanningBounds.MaxCount)
        {
            throw new ArgumentException(
                $"Headcount ({request.CurrentHeadcount}) and hires per day ({request.MaxHiresPerDay}) must each be at most {PlanningBounds.Text(PlanningBounds.MaxCount)}.", nameof(request));
        }
    }

    private static void NotNegative(double value, string what, double max)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"{what} is {Number(value)}; it must be 0 or more.");
        }

        if (value > max)
        {
            throw new ArgumentException($"{what} is {PlanningBounds.Text(value)}; it must be at most {PlanningBounds.Text(max)}.");
        }
    }

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
