namespace Assistant.Optimization.Modelling;

public enum ObjectiveSense
{
    Minimize,
    Maximize,
}
