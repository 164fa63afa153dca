package org.marsad.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Marsad.class.getPackage().getImplementationVersion();
    return new String[] {"marsad " + (v == null ? "(development build)" : v)};
  }
}
