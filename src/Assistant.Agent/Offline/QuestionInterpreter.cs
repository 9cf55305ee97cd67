using System.Text.RegularExpressions;
using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>
/// Turns a question into an <see cref="Interpretation"/>, using the previous one as context.
/// A follow-up ("and for PDX2?", "what about last month?", "and missorts?") keeps the previous
/// intent, or takes the one its own words name, and fills what it does not say (place, dates,
/// metric) from the previous question. An intent that needs something nobody said asks for it,
/// and the next answer ("SEA4") completes it.
/// </summary>
public sealed partial class QuestionInterpreter(IntentMatcher matcher, PlaceIndex places, DateOnly today)
{
    public PlaceIndex Places => places;

    public Interpretation Interpret(string question, Interpretation? previous)
    {
        var read = QuestionReader.Read(question, places, today, LooksAhead(previous));
        var frame = read.Frame;
        if (Thanks().IsMatch(read.Masked))
        {
            return new Interpretation(null, frame, null, InterpretationKind.Thanks);
        }

        if (ActionRequest().IsMatch(read.Masked))
        {
            // Booking, sending or changing things is not what the assistant does: it answers.
            return new Interpretation(null, frame, null, InterpretationKind.OutOfScope);
        }

        if (Help().IsMatch(read.Masked) && !frame.HasPlace)
        {
            return new Interpretation(null, frame, null, InterpretationKind.Help);
        }

        if (read.UnknownPlaces.Count > 0)
        {
            // Never answer for the network when the user named a site we do not know.
            return new Interpretation(null, frame, null, InterpretationKind.UnknownPlace) { UnknownPlaces = read.UnknownPlaces };
        }

        var ranked = matcher.Rank(read);
        var best = ranked.Count > 0 ? ranked[0] : null;
        var unknown = matcher.UnknownWords(read);
        var hasSlots = frame.HasPlace || frame.Dates is not null || frame.Metric is not null || frame.Kind is not null;
        var marked = FollowUpMarker().IsMatch(read.Masked);
        var followUp = previous?.Intent is not null && unknown.Count == 0
            && ((hasSlots && (marked || best is null || best.Value < IntentMatcher.Threshold))
                || (marked && (best is null || best.Value < IntentMatcher.Threshold)));

        QuestionIntent intent;
        if (best is not null && best.Value >= IntentMatcher.Threshold && !(followUp && best.Value < IntentMatcher.Threshold + 1 && !OwnIntentWords(read)))
        {
            intent = best.Intent;
        }
        else if (followUp)
        {
            intent = previous!.Intent!;
        }
        else if (previous?.Plan?.Clarification is not null && previous.Intent is not null && hasSlots && unknown.Count == 0)
        {
            // The user answers the question we asked ("Which site?" "SEA4").
            intent = previous.Intent;
        }
        else
        {
            return new Interpretation(null, frame, null, InterpretationKind.OutOfScope);
        }

        if (previous?.Intent is not null)
        {
            frame = Inherit(frame, previous.Frame, sameIntent: intent.Name == previous.Intent.Name);
        }

        return new Interpretation(intent, frame, intent.Plan(frame), InterpretationKind.Understood);
    }

    /// <summary>A conversation looks ahead when its last understood question asked for a forecast.</summary>
    private static bool LooksAhead(Interpretation? previous) =>
        previous?.Intent?.Name.Contains("forecast", StringComparison.Ordinal) == true;

    /// <summary>
    /// Fills what the new question leaves out from the previous one. A question that names any
    /// place (or the whole network) replaces the place; dates and metric carry over unless restated.
    /// </summary>
    private static QuestionFrame Inherit(QuestionFrame now, QuestionFrame before, bool sameIntent)
    {
        var result = now;
        if (!now.HasPlace)
        {
            result = result with
            {
                Sites = before.Sites,
                Lanes = before.Lanes,
                Regions = before.Regions,
                WholeNetwork = before.WholeNetwork,
                SiteKinds = before.SiteKinds,
            };
        }

        if (now.Dates is null)
        {
            result = result with { Dates = before.Dates };
        }

        if (now.Metric is null)
        {
            result = result with { Metric = before.Metric };
        }

        if (sameIntent)
        {
            result = result with
            {
                Kind = now.Kind ?? before.Kind,
                Count = now.Count ?? before.Count,
                Direction = now.Direction ?? before.Direction,
                Previous = before with { Previous = null },
            };
        }

        return result;
    }

    /// <summary>A follow-up that restates the subject in words of its own ("and the missorts?") switches intent.</summary>
    private static bool OwnIntentWords(ReadQuestion read) => read.Frame.Metric is not null || SubjectWord().IsMatch(read.Masked);

    [GeneratedRegex(@"^(hi|hello|hey|help|what can you do|what do you do|what can i ask|who are you|how do i use|how does this work|\?)\b|\bhelp\b|\bwhat can you (do|answer)\b|\bwhat (questions|kinds? of questions)\b")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(please |can you |could you )?(book|schedule|cancel|order|buy|send|dispatch|email|call|reserve|assign|hire|delete|remove|reroute|ship this)\b")]
    private static partial Regex ActionRequest();

    [GeneratedRegex(@"^(thanks|thank you|thx|cheers|great|perfect|ok thanks|okay thanks|bye|goodbye|got it)( very much| a lot)?[.! ]*$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(and|what about|how about|same|also|now|ok|okay|then|for|compare|vs|versus|but|what of|and what about|same for|how did|and how about|show me)\b|^<\w+>|^(in|at|on|over|for) <")]
    private static partial Regex FollowUpMarker();

    [GeneratedRegex(@"\b(volume|packages?|parcels?|lanes?|capacity|shifts?|hourly|profile|list|describe|top|busiest)\b")]
    private static partial Regex SubjectWord();
}
