// Deliberately broken: RETRN is not a keyword. The lint must reject this file.
// @param ringId: ring id
MATCH (g:Ring {id: $ringId})
RETRN g;
