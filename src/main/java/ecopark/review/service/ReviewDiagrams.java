package ecopark.review.service;

import ecopark.report.service.ReportService;
import ecopark.review.domain.RoutePlan;
import ecopark.review.process.ReviewProcess;
import ecopark.review.process.RouteVariables;
import ecopark.security.OrganisationDirectory;
import java.util.HashMap;
import ecopark.review.service.ProcessDiagram.Box;
import ecopark.review.service.ProcessDiagram.Edge;
import ecopark.review.service.ProcessDiagram.Kind;
import ecopark.review.service.ProcessDiagram.Point;
import ecopark.review.service.ProcessDiagram.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a report is in its review process, as a diagram: the BPMN file's diagram interchange (shape bounds and flow
 * bend points) with the active step and the steps and flows already passed, from the engine's runtime and history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewDiagrams {

    private final ReportService reports;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final OrganisationDirectory directory;

    ReviewDiagrams(ReportService reports, RepositoryService repository, RuntimeService runtime,
            HistoryService history, OrganisationDirectory directory) {
        this.directory = directory;
        this.reports = reports;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /**
     * The report's review process drawn with its current step, for everyone who may see the report; empty while the
     * report has never been submitted.
     */
    public Optional<ProcessDiagram> ofReport(long reportId) {
        reports.get(reportId);
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReviewProcess.PROCESS_KEY)
                .processInstanceBusinessKey(ReviewService.BUSINESS_KEY_PREFIX + reportId)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = instances.get(0);
        Set<String> active = instance.getEndTime() == null
                ? new HashSet<>(runtime.getActiveActivityIds(instance.getId())) : new HashSet<>();
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        // Boundary timers wait beside their task; the step the report is at is the task itself.
        active.removeIf(id -> model.getFlowElement(id) instanceof BoundaryEvent);
        Set<String> completed = new HashSet<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list()) {
            completed.add(step.getActivityId());
        }
        ProcessDiagram drawn = draw(model, active, completed);
        return Optional.of(new ProcessDiagram(drawn.shapes(), drawn.edges(), drawn.active(), drawn.completed(),
                route(instance.getId(), active)));
    }

    /**
     * The route of the report's latest submission with each stage's bureau, from the process's variables (kept in
     * history, so also once the process has ended); the stage whose task is open is the current one.
     */
    private List<ProcessDiagram.RouteStep> route(String processInstanceId, Set<String> active) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            variables.put(v.getVariableName(), v.getValue());
        }
        if (!variables.containsKey(RouteVariables.ROUTE) && !variables.containsKey("jurisdictionId")) {
            return List.of();
        }
        RoutePlan plan = RouteVariables.plan(variables);
        Map<Long, String> names = new HashMap<>();
        List<ProcessDiagram.RouteStep> steps = new ArrayList<>();
        for (RoutePlan.Stage stage : plan.stages()) {
            String bureau = names.computeIfAbsent(stage.jurisdictionId(),
                    id -> directory.jurisdictionName(id).orElse(""));
            steps.add(new ProcessDiagram.RouteStep(stage.kind(), bureau, active.contains(stage.kind().taskKey())));
        }
        return steps;
    }

    /** The diagram of a BPMN model with the given states; the process engine is not asked. */
    public static ProcessDiagram draw(BpmnModel model, Set<String> active, Set<String> completed) {
        List<Shape> shapes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, GraphicInfo> locations = model.getLocationMap();
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof SequenceFlow flow) {
                List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(flow.getId());
                if (waypoints == null || waypoints.isEmpty()) {
                    continue;
                }
                edges.add(new Edge(flow.getId(), flow.getName(),
                        waypoints.stream().map(g -> new Point(g.getX(), g.getY())).toList(),
                        box(model.getLabelGraphicInfo(flow.getId()))));
            } else if (locations.containsKey(element.getId())) {
                shapes.add(new Shape(element.getId(), kind(element), element.getName(),
                        box(locations.get(element.getId())), box(model.getLabelGraphicInfo(element.getId()))));
            }
        }
        return new ProcessDiagram(shapes, edges, active, completed);
    }

    private static Kind kind(FlowElement element) {
        if (element instanceof StartEvent) {
            return Kind.START_EVENT;
        }
        if (element instanceof EndEvent) {
            return Kind.END_EVENT;
        }
        if (element instanceof BoundaryEvent) {
            return Kind.TIMER;
        }
        if (element instanceof UserTask) {
            return Kind.USER_TASK;
        }
        if (element instanceof ServiceTask) {
            return Kind.SERVICE_TASK;
        }
        if (element instanceof Gateway) {
            return Kind.GATEWAY;
        }
        return Kind.OTHER;
    }

    private static Box box(GraphicInfo info) {
        return info == null ? null : new Box(info.getX(), info.getY(), info.getWidth(), info.getHeight());
    }
}
