/**
 * The workspace in the window: File → Open reports (and drag and drop), the date dialog for undated
 * reports, extraction as a cancellable task with its progress over the map, New / Open / Recent
 * workspaces, File → Add places and Tools → Unplaced names. The workspace file itself is
 * {@link org.incidentatlas.io.Workspace}.
 */
package org.incidentatlas.ui.workspace;
