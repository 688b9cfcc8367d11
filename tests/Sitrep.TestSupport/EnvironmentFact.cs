using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sitrep.Tests.Shared;

/// <summary>
/// Marks a test class that needs something from outside the .NET SDK (a PostgreSQL server, a
/// browser): its tests run when the environment variable is set (CI's setup scripts set it) and
/// are reported as skipped, with the reason, when it is not.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresEnvironmentAttribute(string variable, string setup) : Attribute
{
    public string Variable { get; } = variable;

    /// <summary>How to get it: the script that installs and starts the tool and sets the variable.</summary>
    public string Setup { get; } = setup;
}

/// <summary>A fact that is skipped when its class's <see cref="RequiresEnvironmentAttribute"/> is not met.</summary>
[XunitTestCaseDiscoverer("Sitrep.Tests.Shared.EnvironmentFactDiscoverer", "Sitrep.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EnvironmentFactAttribute : FactAttribute;

public sealed class EnvironmentFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new EnvironmentTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>Reads the requirement when the case is initialised (after discovery and after deserialisation alike), so no state is serialised.</summary>
public sealed class EnvironmentTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EnvironmentTestCase()
    {
    }

    public EnvironmentTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(sink, display, displayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var type = TestMethod.TestClass.Class.ToRuntimeType();
        foreach (var requirement in type.GetCustomAttributes(typeof(RequiresEnvironmentAttribute), inherit: true).Cast<RequiresEnvironmentAttribute>())
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(requirement.Variable)))
                return $"{requirement.Variable} is not set: run {requirement.Setup} first (CI does)";
        return base.GetSkipReason(factAttribute);
    }
}
