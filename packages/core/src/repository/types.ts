import type { Artifact, ArtifactKind, Manifest } from '@tsmp/schema';
import type { Finding, PathSegment, SourceLocation } from '../findings/finding.js';

/** Maps a path inside a parsed file to where that node starts in the source. */
export interface PositionIndex {
  /** Location of the node at `path`, or of its nearest located ancestor. */
  locate(path: readonly PathSegment[]): SourceLocation;
}

/** One artifact file, parsed and checked against its schema. */
export interface LoadedArtifact<A extends Artifact = Artifact> {
  kind: ArtifactKind;
  id: string;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The artifact after schema parsing (defaults applied). */
  data: A;
  positions: PositionIndex;
}

/** A model repository loaded from a folder: manifest, artifacts and loading findings. */
export interface ModelRepository {
  /** Absolute path of the repository folder. */
  root: string;
  manifest: Manifest;
  artifacts: LoadedArtifact[];
  /** Set when a single file was asked for and its repository was loaded around it: the file, relative to `root`. */
  focusFile?: string;
  /** Set when a single file was loaded without any repository around it, so references to other files cannot be checked. */
  standalone?: boolean;
  /** Positions of the manifest's keys, for findings about its settings; absent when there is no manifest. */
  manifestPositions?: PositionIndex;
  /** Findings of reading, parsing and schema checking; artifacts with errors are left out of `artifacts`. */
  findings: Finding[];
}
